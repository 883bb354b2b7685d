package io.slipway.installation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogItem;
import io.slipway.installation.InstallContext;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;

/** {@code install/<catalog entry id>}: the install form for one catalog entry; {@code install/custom} for an own image. */
@Route("install")
@PermitAll
class InstallView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** {@code install/custom}: an image of the user's own instead of a catalog entry. */
    static final String OWN_IMAGE = "custom";

    private final Catalog catalog;
    private final InstallationService installations;
    private final CurrentUser currentUser;
    private String title = "Install · Slipway";
    InstallForm form;

    InstallView(Catalog catalog, InstallationService installations, CurrentUser currentUser) {
        this.catalog = catalog;
        this.installations = installations;
        this.currentUser = currentUser;
        addClassName("slipway-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String entryId) {
        removeAll();
        if (OWN_IMAGE.equals(entryId)) {
            showOwnImageForm();
            return;
        }
        Optional<CatalogItem> entry = catalog.find(entryId);
        if (entry.isEmpty()) {
            showProblem("Not found", "There is no catalog entry \"" + entryId + "\".");
            return;
        }
        UUID userId = currentUser.id();
        Optional<InstallContext> context = installations.contextFor(userId);
        if (context.isEmpty()) {
            showProblem(
                    "Install " + entry.get().name(), "You are not a member of a team, so there is nowhere to install.");
            return;
        }
        title = "Install " + entry.get().name() + " · Slipway";
        add(createHeader(entry.get()));
        form = new InstallForm(
                entry.get(),
                context.get(),
                name -> installations.nameTaken(userId, name),
                request -> install(entry.get(), request));
        add(form);
    }

    private void showOwnImageForm() {
        UUID userId = currentUser.id();
        Optional<InstallContext> context = installations.contextFor(userId);
        if (context.isEmpty()) {
            showProblem("Deploy your own image", "You are not a member of a team, so there is nowhere to install.");
            return;
        }
        title = "Deploy your own image · Slipway";
        add(new H1("Deploy your own image"));
        form = InstallForm.forOwnImage(context.get(), name -> installations.nameTaken(userId, name), request -> {
            try {
                installations.installOwnImage(userId, request);
                installed(request);
            } catch (InstallRejected rejected) {
                installations.contextFor(userId).ifPresent(form::useContext);
                form.showRejection(rejected);
            }
        });
        add(form);
    }

    private HorizontalLayout createHeader(CatalogItem entry) {
        Image logo = new Image(entry.logo(), entry.name() + " logo");
        logo.addClassName("slipway-card-logo");
        H1 heading = new H1("Install " + entry.name());
        Anchor docs = new Anchor(entry.docsUrl(), "About this image");
        docs.setTarget("_blank");
        HorizontalLayout header = new HorizontalLayout(logo, heading, docs);
        header.setAlignItems(Alignment.CENTER);
        return header;
    }

    private void install(CatalogItem entry, InstallRequest request) {
        try {
            installations.install(currentUser.id(), entry.id(), request);
            installed(request);
        } catch (InstallRejected rejected) {
            installations.contextFor(currentUser.id()).ifPresent(form::useContext);
            form.showRejection(rejected);
        }
    }

    private void installed(InstallRequest request) {
        Notification.show("Installing " + request.getName() + "…", 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate("apps"));
    }

    private void showProblem(String heading, String message) {
        title = heading + " · Slipway";
        add(new H1(heading), new Paragraph(message), new Anchor("", "Back to the catalog"));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
