package io.slipway.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.plan.PlanFieldError;
import io.slipway.plan.PlanRejected;
import io.slipway.plan.PlanRequest;
import java.util.List;
import java.util.function.Consumer;

/** Adds a plan or changes one. A change applies at once to every team on the plan; their quotas follow. */
class PlanDialog extends Dialog {

    final PlanFields fields;
    final Button save = new Button("Save");
    final Div formError = new Div();

    /**
     * @param teams how many teams are on the plan; none for a new plan
     * @param onSave saves the request; throws {@link PlanRejected} when the service refuses it
     */
    PlanDialog(String title, PlanRequest request, long teams, List<String> volumeTypes, Consumer<PlanRequest> onSave) {
        setHeaderTitle(title);
        setMaxWidth("44em");
        addClassName("slipway-plan-dialog");
        fields = new PlanFields(volumeTypes);

        if (teams > 0) {
            add(new Paragraph(teams + (teams == 1 ? " team is" : " teams are")
                    + " on this plan. A change applies to them at once; a smaller pool is refused while a team"
                    + " would not fit it."));
        }
        add(fields);
        add(createFormError());
        getFooter().add(new Button("Cancel", event -> close()), createSave(onSave));

        fields.binder().setBean(request);
        fields.binder()
                .addStatusChangeListener(
                        event -> save.setEnabled(fields.binder().isValid()));
        save.setEnabled(fields.binder().isValid());
    }

    private Div createFormError() {
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        return formError;
    }

    private Button createSave(Consumer<PlanRequest> onSave) {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            if (!fields.binder().validate().isOk()) {
                return;
            }
            try {
                onSave.accept(fields.binder().getBean());
                close();
            } catch (PlanRejected rejected) {
                List<PlanFieldError> rest = fields.showRejection(rejected.errors());
                formError.setText(rest.stream()
                        .map(PlanFieldError::message)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""));
                formError.setVisible(!rest.isEmpty());
            }
        });
        return save;
    }
}
