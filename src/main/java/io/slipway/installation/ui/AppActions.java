package io.slipway.installation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What one can do with an app: open, stop or start, restart, edit, read its logs and events, delete. Members see
 * colleagues' apps read-only: the buttons that change an app are disabled for them, and the services refuse anyway.
 */
class AppActions extends HorizontalLayout {

    private final AppServices services;
    private final UUID userId;
    private final Runnable changed;
    private final Consumer<AppSummary> deleted;

    final Anchor open = new Anchor("", "Open");
    final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    final Button start = new Button("Start", VaadinIcon.PLAY.create());
    final Button restart = new Button("Restart", VaadinIcon.REFRESH.create());
    final Button edit = new Button("Edit", VaadinIcon.EDIT.create());
    final Button logs = new Button("Logs", VaadinIcon.LINES.create());
    final Button events = new Button("Events", VaadinIcon.BELL_O.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());
    private AppSummary app;

    AppActions(AppServices services, UUID userId, Runnable changed, Consumer<AppSummary> deleted) {
        this.services = services;
        this.userId = userId;
        this.changed = changed;
        this.deleted = deleted;
        addClassName("slipway-app-actions");
        setAlignItems(Alignment.BASELINE);
        setWrap(true);

        open.setTarget(AnchorTarget.BLANK);
        stop.addClickListener(event ->
                act("Stopping", () -> services.lifecycle().stop(userId, app.id())));
        start.addClickListener(event ->
                act("Starting", () -> services.lifecycle().start(userId, app.id())));
        restart.addClickListener(event ->
                act("Restarting", () -> services.lifecycle().restart(userId, app.id())));
        edit.addClickListener(event -> getUI().ifPresent(ui -> ui.navigate("apps/" + app.id() + "/edit")));
        logs.addClickListener(event -> new LogsDialog(services.logs(), userId, app).open());
        events.addClickListener(event -> new EventsDialog(services.logs(), userId, app).open());
        delete.addClickListener(event -> new DeleteAppDialog(app, this::delete).open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(open, stop, start, restart, edit, logs, events, delete);
        show(null);
    }

    /** The app to act on; null disables every action. */
    void show(AppSummary shown) {
        this.app = shown;
        boolean manageable = shown != null && shown.manageable();
        open.setVisible(shown != null && !shown.hostname().isEmpty());
        if (open.isVisible()) {
            open.setHref("http://" + shown.hostname() + "/");
        }
        stop.setVisible(shown == null || !shown.stopped());
        start.setVisible(shown != null && shown.stopped());
        for (Button button : new Button[] {stop, start, restart, edit, logs, events, delete}) {
            button.setEnabled(manageable);
        }
        restart.setEnabled(manageable && !shown.stopped());
        String why = shown != null && !manageable ? "Only its owner (" + shown.owner() + ") or a team admin" : null;
        for (Button button : new Button[] {stop, start, restart, edit, logs, events, delete}) {
            button.setTooltipText(why);
        }
    }

    private void delete(boolean deleteData) {
        AppSummary gone = app;
        if (run(() -> services.installations().delete(userId, gone.id(), deleteData))) {
            notice("Deleting " + gone.name() + "…");
            deleted.accept(gone);
        }
    }

    private void act(String doing, Runnable action) {
        if (run(action)) {
            notice(doing + " " + app.name() + "…");
            changed.run();
        }
    }

    private boolean run(Runnable action) {
        try {
            action.run();
            return true;
        } catch (AppNotFound | AppActionRefused refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            changed.run();
            return false;
        }
    }

    private static void notice(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
