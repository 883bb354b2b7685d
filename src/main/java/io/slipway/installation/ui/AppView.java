package io.slipway.installation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import io.slipway.installation.StatusEntry;
import io.slipway.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@code apps/<id>}: one app's details, its status history and the same actions as My Apps. */
@Route("apps/:id")
@PermitAll
class AppView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NOT_FOUND = "Your team has no such app. It may have been deleted.";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final AppServices services;
    private final UUID userId;
    private final H1 heading = new H1();
    final AppDetails details = new AppDetails();
    final AppActions actions;
    final Grid<StatusEntry> history = new Grid<>();
    private UUID appId;
    private String title = "App · Slipway";
    private Runnable unsubscribe = () -> {};

    AppView(AppServices services, CurrentUser currentUser) {
        this.services = services;
        this.userId = currentUser.id();
        this.actions = new AppActions(
                services, userId, this::refresh, deleted -> getUI().ifPresent(ui -> ui.navigate(MyAppsView.class)));
        addClassName("slipway-page");
        configureHistory();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        appId = parse(event.getRouteParameters().get("id").orElse("")).orElse(null);
        add(new Anchor("apps", "← My Apps"), heading, actions, details, new H2("Status history"), history);
        refresh();
    }

    private void configureHistory() {
        history.addColumn(entry -> WHEN.withLocale(Locale.getDefault()).format(entry.at()))
                .setHeader("When")
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(entry -> entry.status().label())
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(StatusEntry::reason).setHeader("Reason").setKey("reason");
        history.setAllRowsVisible(true);
    }

    void refresh() {
        try {
            if (appId == null) {
                throw new AppNotFound();
            }
            AppSummary app = services.directory().find(userId, appId);
            title = app.name() + " · Slipway";
            heading.setText(app.name());
            actions.show(app);
            details.show(app);
            history.setItems(services.directory().history(userId, appId));
        } catch (AppNotFound notFound) {
            title = "Not found · Slipway";
            removeAll();
            add(new H1("Not found"), new Paragraph(NOT_FOUND), new Anchor("apps", "Back to My Apps"));
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        services.directory()
                .teamOf(userId)
                .ifPresent(teamId -> unsubscribe = services.broadcaster().subscribe(teamId, change -> {
                    if (change.installationId().equals(appId)) {
                        ui.access(this::refresh);
                    }
                }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        unsubscribe = () -> {};
    }
}
