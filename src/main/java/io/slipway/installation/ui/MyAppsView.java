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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.slipway.installation.AppFilter;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationStatus;
import io.slipway.security.CurrentUser;
import io.slipway.storage.Volumes;
import io.slipway.team.ForTeamMembers;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * My Apps: the member's apps (or the whole team's), loaded page by page from the database, with live status
 * pushed as the cluster reports it, and the actions for the app selected in the grid.
 */
@Route("apps")
@PageTitle("My Apps · Slipway")
@Menu(title = "My Apps", order = 1)
@ForTeamMembers
@PermitAll
class MyAppsView extends VerticalLayout {

    static final int SHOWN_IN_USAGE = 8;

    private final AppServices services;
    private final UUID userId;
    private final boolean inTeam;

    final AppGrid grid = new AppGrid();
    final Checkbox wholeTeam = new Checkbox("Whole team");
    final TextField nameFilter = new TextField();
    final Select<InstallationStatus> statusFilter = new Select<>();
    final AllocationUsage usage = new AllocationUsage();
    final AppActions actions;
    final RetainedVolumes retained;
    private final Paragraph empty = new Paragraph();
    private Runnable unsubscribe = () -> {};

    MyAppsView(AppServices services, CurrentUser currentUser, Volumes volumes) {
        this.services = services;
        this.userId = currentUser.id();
        this.retained = new RetainedVolumes(volumes, userId);
        this.actions = new AppActions(services, userId, this::refresh, deleted -> refresh());
        addClassName("slipway-page");
        setSizeFull();

        add(new H1("My Apps"));
        inTeam = services.directory().allocationUse(userId, SHOWN_IN_USAGE).isPresent();
        if (!inTeam) {
            add(new Paragraph("You are not a member of a team, so you have no apps."));
            return;
        }
        add(usage);
        add(createToolbar());
        add(actions);
        add(createEmptyState());
        add(createGrid());
        add(retained);
        refresh();
    }

    private Component createToolbar() {
        nameFilter.setPlaceholder("Filter by name");
        nameFilter.setAriaLabel("Filter by name");
        nameFilter.setPrefixComponent(VaadinIcon.SEARCH.create());
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(event -> refresh());
        statusFilter.setItems(InstallationStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        statusFilter.setItemLabelGenerator(status -> status == null ? "Any status" : status.label());
        statusFilter.setAriaLabel("Filter by status");
        statusFilter.addValueChangeListener(event -> refresh());
        wholeTeam.setTooltipText(
                "Show every app of your team; colleagues' apps are read-only unless you are a team" + " admin");
        wholeTeam.addValueChangeListener(event -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(nameFilter, statusFilter, wholeTeam);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private Component createEmptyState() {
        empty.add(new Span("No apps yet. "), new Anchor("", "Pick one from the catalog"), new Span("."));
        empty.addClassName("slipway-empty");
        return empty;
    }

    private Component createGrid() {
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.setItems(
                        query -> services
                                .directory()
                                .page(userId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                        query -> (int) services.directory().count(userId, filter()))
                .setIdentifierProvider(AppSummary::id);
        grid.asSingleSelect().addValueChangeListener(event -> actions.show(event.getValue()));
        return grid;
    }

    AppFilter filter() {
        return new AppFilter(wholeTeam.getValue(), nameFilter.getValue(), statusFilter.getValue());
    }

    /** Reads the page, the selected app and the allocation again: all from the database, nothing from the cluster. */
    void refresh() {
        if (!inTeam) {
            return;
        }
        boolean filtered = !nameFilter.getValue().isBlank() || statusFilter.getValue() != null;
        boolean none = !filtered && services.directory().count(userId, filter()) == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        grid.getColumnByKey(AppGrid.OWNER).setVisible(wholeTeam.getValue());
        grid.getDataProvider().refreshAll();
        AppSummary selected = grid.asSingleSelect().getValue();
        if (selected != null) {
            try {
                AppSummary current = services.directory().find(userId, selected.id());
                actions.show(current);
            } catch (AppNotFound gone) {
                grid.deselectAll();
            }
        }
        retained.refresh();
        // Read again: a team admin may have changed the allocation since the page opened
        services.directory().allocationUse(userId, SHOWN_IN_USAGE).ifPresent(usage::show);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        services.directory()
                .teamOf(userId)
                .ifPresent(teamId ->
                        unsubscribe = services.broadcaster().subscribe(teamId, change -> ui.access(this::refresh)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        unsubscribe = () -> {};
    }
}
