package io.slipway.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.plan.PlanAdmin;
import io.slipway.plan.PlanRequest;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.PlanUse;
import io.slipway.plan.Plans;
import io.slipway.plan.Resources;
import io.slipway.security.CurrentUser;
import io.slipway.security.SlipwayUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * {@code admin/plans}: a platform admin's list of plans, to add one or change its name, pool, volume types and
 * price. The service checks the caller and every field again.
 */
@Route("admin/plans")
@PageTitle("Plans · Slipway")
@Menu(title = "Plans", order = 10)
@RolesAllowed(SlipwayUser.PLATFORM_ADMIN)
class PlanAdminView extends VerticalLayout {

    private final PlanAdmin planAdmin;
    private final Plans plans;
    private final UUID callerId;

    final Grid<PlanUse> grid = new Grid<>();
    final Button newPlan = new Button("New plan", VaadinIcon.PLUS.create());

    PlanAdminView(PlanAdmin planAdmin, Plans plans, CurrentUser currentUser) {
        this.planAdmin = planAdmin;
        this.plans = plans;
        this.callerId = currentUser.id();
        addClassName("slipway-page");

        add(new H1("Plans"));
        add(new Paragraph("A plan gives each team on it a pool to split among its members. Changes apply to the"
                + " teams on the plan at once, and their namespace quotas follow."));
        add(createNewPlan());
        add(createGrid());
        refresh();
    }

    private Button createNewPlan() {
        newPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newPlan.addClickListener(event -> new PlanDialog(
                        "New plan", new PlanRequest(), 0, plans.volumeTypes(), request -> {
                            PlanSummary created = planAdmin.create(callerId, request);
                            saved("Added plan " + created.name());
                        })
                .open());
        return newPlan;
    }

    private Grid<PlanUse> createGrid() {
        grid.addClassName("slipway-plan-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(use -> use.plan().name())
                .setHeader("Name")
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(use -> PlanFigures.price(use.plan().monthlyPrice()))
                .setHeader("Per month")
                .setKey("price")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(use -> Resources.formatCpu(use.plan().pool().cpuMillis()))
                .setHeader("CPU")
                .setKey("cpu")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(use -> use.plan().pool().memoryMib() + " MiB")
                .setHeader("Memory")
                .setKey("memory")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(use -> use.plan().pool().storageGib() + " GiB")
                .setHeader("Storage")
                .setKey("storage")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(use -> use.plan().pool().maxApps())
                .setHeader("Apps")
                .setKey("apps")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(use -> PlanFigures.volumeTypes(use.plan()))
                .setHeader("Volume types")
                .setKey("volumeTypes")
                .setAutoWidth(true);
        grid.addColumn(PlanUse::teams).setHeader("Teams").setKey("teams").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(new ComponentRenderer<>(this::editButton))
                .setKey("actions")
                .setFlexGrow(0);
        return grid;
    }

    private Component editButton(PlanUse use) {
        Button edit = new Button(
                "Edit…",
                event -> new PlanDialog(
                                "Plan " + use.plan().name(),
                                PlanRequest.of(use.plan()),
                                use.teams(),
                                plans.volumeTypes(),
                                request -> {
                                    PlanSummary changed = planAdmin.update(
                                            callerId, use.plan().id(), request);
                                    saved("Saved plan " + changed.name());
                                })
                        .open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return edit;
    }

    private void saved(String message) {
        refresh();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(planAdmin.plans(callerId));
    }
}
