package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.team.TeamField;
import io.slipway.team.TeamFieldError;
import io.slipway.team.TeamRejected;
import java.util.function.Consumer;

/**
 * Asks a team admin to type the team's name before the team is deleted; shows the refusal (apps left) in place.
 */
class DeleteTeamDialog extends Dialog {

    final TextField confirmation = new TextField("Type the team's name to confirm");
    final Button delete = new Button("Delete team");
    final Div formError = new Div();

    /** @param onDelete deletes the team, given the typed name; throws {@link TeamRejected} when refused */
    DeleteTeamDialog(String teamName, Consumer<String> onDelete) {
        setHeaderTitle("Delete team " + teamName + "?");
        add(new Paragraph("The team's namespace goes, with everything left in it. Every member leaves the team; "
                + "their accounts stay, without a team. The team must have no apps left."));
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        confirmation.setWidthFull();
        confirmation.setPlaceholder(teamName);
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(event -> {
            confirmation.setInvalid(false);
            delete.setEnabled(event.getValue().strip().equals(teamName));
        });
        add(formError, confirmation);

        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setEnabled(false);
        delete.addClickListener(event -> {
            try {
                onDelete.accept(confirmation.getValue());
                close();
            } catch (TeamRejected rejected) {
                show(rejected);
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), delete);
    }

    private void show(TeamRejected rejected) {
        for (TeamFieldError error : rejected.errors()) {
            if (error.field() == TeamField.CONFIRMATION) {
                confirmation.setErrorMessage(error.message());
                confirmation.setInvalid(true);
            } else {
                formError.setText(error.message());
                formError.setVisible(true);
            }
        }
    }
}
