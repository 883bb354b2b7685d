package io.slipway.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.slipway.plan.Resources;
import io.slipway.team.TeamMember;
import java.util.UUID;

/** The members of a team with their roles, allocations and how much of them their apps use. */
class MemberGrid extends Grid<TeamMember> {

    static final String ACTIONS = "actions";

    /** What a team admin can do from a row. */
    interface Actions {
        void editAllocation(TeamMember member);

        void toggleRole(TeamMember member);

        void removeMember(TeamMember member);
    }

    MemberGrid(UUID callerId) {
        addClassName("slipway-member-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);

        addColumn(member -> member.username() + (member.userId().equals(callerId) ? " (you)" : ""))
                .setHeader("Name")
                .setKey("name")
                .setAutoWidth(true);
        addColumn(member -> member.isAdmin() ? "Team admin" : "Member")
                .setHeader("Role")
                .setKey("role")
                .setAutoWidth(true);
        addColumn(member -> Resources.formatCpu(member.allocation().cpuMillis()))
                .setHeader("CPU")
                .setKey("cpu")
                .setTextAlign(ColumnTextAlign.END);
        addColumn(member -> member.allocation().memoryMib() + " MiB")
                .setHeader("Memory")
                .setKey("memory")
                .setTextAlign(ColumnTextAlign.END);
        addColumn(member -> member.allocation().storageGib() + " GiB")
                .setHeader("Storage")
                .setKey("storage")
                .setTextAlign(ColumnTextAlign.END);
        addColumn(member -> member.usedPercent() + " %")
                .setHeader("Used by apps")
                .setKey("used")
                .setTextAlign(ColumnTextAlign.END);
    }

    /** Adds the admin's buttons to every row. */
    void enableActions(Actions actions) {
        addColumn(new ComponentRenderer<>(member -> buttons(member, actions)))
                .setHeader("")
                .setKey(ACTIONS)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static Component buttons(TeamMember member, Actions actions) {
        Button allocation = new Button("Allocation…", event -> actions.editAllocation(member));
        Button role = new Button(member.isAdmin() ? "Make member" : "Make admin", event -> actions.toggleRole(member));
        Button remove = new Button("Remove", event -> actions.removeMember(member));
        allocation.addThemeVariants(ButtonVariant.LUMO_SMALL);
        role.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        Div cell = new Div(allocation, role, remove);
        cell.addClassName("slipway-row-actions");
        return cell;
    }
}
