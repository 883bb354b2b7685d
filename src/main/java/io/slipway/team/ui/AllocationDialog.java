package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import io.slipway.plan.Allocation;
import io.slipway.plan.Resources;
import io.slipway.team.AllocationInput;
import io.slipway.team.AllocationRequest;
import io.slipway.team.MemberApp;
import io.slipway.team.PoolUse;
import io.slipway.team.TeamFieldError;
import io.slipway.team.TeamMember;
import io.slipway.team.TeamRejected;
import java.util.List;
import java.util.function.Consumer;

/**
 * Changes one member's allocation. Shows the pool, what the others hold and what is free, and what the member's
 * apps get after the change: they keep their percentages.
 */
class AllocationDialog extends Dialog {

    final AllocationFields fields;
    final Button save = new Button("Save");
    final Div formError = new Div();
    private final List<MemberApp> apps;
    private final UnorderedList appFigures = new UnorderedList();

    /** @param onSave applies the request; throws {@link TeamRejected} when the service refuses it */
    AllocationDialog(TeamMember member, PoolUse pool, List<MemberApp> apps, Consumer<AllocationRequest> onSave) {
        this.apps = apps;
        Allocation others = pool.heldByOthersThan(member.allocation());
        this.fields = new AllocationFields(pool, others);
        setHeaderTitle("Allocation of " + member.username());
        setMaxWidth("44em");
        addClassName("slipway-allocation-dialog");

        add(createPoolFigures(pool, others));
        add(fields);
        add(createAppFigures());
        add(createFormError());
        getFooter().add(new Button("Cancel", event -> close()), createSave(onSave));

        fields.binder().setBean(AllocationRequest.of(member.allocation()));
        fields.binder().addStatusChangeListener(event -> {
            save.setEnabled(fields.binder().isValid());
            showAppFigures();
        });
        showAppFigures();
    }

    private Paragraph createPoolFigures(PoolUse pool, Allocation others) {
        Allocation free = new Allocation(
                Math.max(0, pool.pool().cpuMillis() - others.cpuMillis()),
                Math.max(0, pool.pool().memoryMib() - others.memoryMib()),
                Math.max(0, pool.pool().storageGib() - others.storageGib()));
        Paragraph figures = new Paragraph("The " + pool.planName() + " pool: " + TeamFigures.describe(pool.pool())
                + ". The other members hold " + TeamFigures.describe(others) + ". At most "
                + TeamFigures.describe(free) + " is free for this member.");
        figures.addClassName("slipway-pool-figures");
        return figures;
    }

    private Div createAppFigures() {
        Div box = new Div();
        if (!apps.isEmpty()) {
            box.add(new Paragraph("Apps keep their percentages; after the change they get:"), appFigures);
        }
        return box;
    }

    private Div createFormError() {
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        return formError;
    }

    private Button createSave(Consumer<AllocationRequest> onSave) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (!fields.binder().validate().isOk()) {
                return;
            }
            try {
                onSave.accept(fields.binder().getBean());
                close();
            } catch (TeamRejected rejected) {
                List<TeamFieldError> rest = fields.showRejection(rejected.errors());
                formError.setText(rest.stream()
                        .map(TeamFieldError::message)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
                formError.setVisible(!rest.isEmpty());
            }
        });
        return save;
    }

    private void showAppFigures() {
        appFigures.removeAll();
        if (!fields.binder().isValid()) {
            return;
        }
        Allocation allocation = AllocationInput.toAllocation(fields.binder().getBean());
        for (MemberApp app : apps) {
            Resources share = allocation.share(app.percent());
            appFigures.add(new ListItem(app.name() + ": " + app.percent() + " % = " + share.describe()));
        }
    }
}
