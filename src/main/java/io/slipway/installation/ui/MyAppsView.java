package io.slipway.installation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallContext;
import io.slipway.installation.InstallationService;
import io.slipway.installation.StatusBroadcaster;
import io.slipway.security.CurrentUser;
import io.slipway.storage.Volumes;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** My Apps: the member's apps (or the whole team's) with live status and the hostname to open. */
@Route("apps")
@PageTitle("My Apps · Slipway")
@Menu(title = "My Apps", order = 1)
@PermitAll
class MyAppsView extends VerticalLayout {

    private final InstallationService installations;
    private final StatusBroadcaster broadcaster;
    private final UUID userId;
    private final Optional<InstallContext> context;

    final Grid<AppSummary> grid = new AppGrid();
    final Checkbox wholeTeam = new Checkbox("Show the whole team's apps");
    private final Paragraph empty = new Paragraph();
    final AllocationUsage usage = new AllocationUsage();
    private Runnable unsubscribe = () -> {};
    final RetainedVolumes retained;

    MyAppsView(
            InstallationService installations,
            StatusBroadcaster broadcaster,
            CurrentUser currentUser,
            Volumes volumes) {
        this.installations = installations;
        this.broadcaster = broadcaster;
        this.userId = currentUser.id();
        this.context = installations.contextFor(userId);
        this.retained = new RetainedVolumes(volumes, userId);
        addClassName("slipway-page");
        setSizeFull();

        add(new H1("My Apps"));
        if (context.isEmpty()) {
            add(new Paragraph("You are not a member of a team, so you have no apps."));
            return;
        }
        add(usage);
        add(createToolbar());
        add(createEmptyState());
        add(grid);
        add(retained);
        refresh();
    }

    private Component createToolbar() {
        wholeTeam.addValueChangeListener(event -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(wholeTeam);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private Component createEmptyState() {
        empty.add(new Span("No apps yet. "), new Anchor("", "Pick one from the catalog"), new Span("."));
        empty.addClassName("slipway-empty");
        return empty;
    }

    void refresh() {
        List<AppSummary> own = installations.appsOf(userId);
        List<AppSummary> apps = wholeTeam.getValue() ? installations.teamAppsOf(userId) : own;
        grid.setItems(apps);
        grid.getColumnByKey(AppGrid.OWNER).setVisible(wholeTeam.getValue());
        empty.setVisible(apps.isEmpty());
        grid.setVisible(!apps.isEmpty());
        // Read again: a team admin may have changed the allocation since the page opened
        installations.contextFor(userId).ifPresent(current -> usage.show(current.allocation(), own));
        retained.refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        context.ifPresent(c -> unsubscribe = broadcaster.subscribe(c.teamId(), change -> ui.access(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        unsubscribe = () -> {};
    }
}
