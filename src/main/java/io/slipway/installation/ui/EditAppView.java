package io.slipway.installation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppEdit;
import io.slipway.installation.AppEditing;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** {@code apps/<id>/edit}: the install form, prefilled; saving rolls the app. */
@Route("apps/:id/edit")
@PermitAll
class EditAppView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AppEditing editing;
    private final UUID userId;
    InstallForm form;
    private UUID appId;
    private String title = "Edit · Slipway";

    EditAppView(AppEditing editing, CurrentUser currentUser) {
        this.editing = editing;
        this.userId = currentUser.id();
        addClassName("slipway-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            appId = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            AppEdit edit = editing.start(userId, appId);
            title = "Edit " + edit.app().name() + " · Slipway";
            form = InstallForm.forEdit(edit, this::save);
            add(
                    new Anchor("apps/" + appId, "← " + edit.app().name()),
                    new H1("Edit " + edit.app().name()),
                    form);
        } catch (IllegalArgumentException | AppNotFound notFound) {
            showProblem("Not found", AppView.NOT_FOUND);
        } catch (AppActionRefused refused) {
            showProblem("Edit", refused.getMessage() + ".");
        }
    }

    private void save(InstallRequest request) {
        try {
            editing.edit(userId, appId, request);
            Notification.show("Saved; restarting " + request.getName() + "…", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("apps/" + appId));
        } catch (InstallRejected rejected) {
            refreshContext();
            form.showRejection(rejected);
        } catch (AppNotFound | AppActionRefused refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The owner's allocation as it is now: the refusal may come from a share taken since the form opened. */
    private void refreshContext() {
        try {
            form.useContext(editing.start(userId, appId).context());
        } catch (AppNotFound | AppActionRefused gone) {
            // The save that follows, or the next one, says so
        }
    }

    private void showProblem(String heading, String message) {
        title = heading + " · Slipway";
        add(new H1(heading), new Paragraph(message), new Anchor("apps", "Back to My Apps"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
