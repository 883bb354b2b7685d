package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.team.TeamMember;
import io.slipway.team.TeamRejected;

/** Asks before a member is removed; shows the refusal (apps they still own, last admin) in place. */
class RemoveMemberDialog extends Dialog {

    final Button remove = new Button("Remove");
    final Div formError = new Div();

    /** @param onRemove removes the member; throws {@link TeamRejected} when the service refuses */
    RemoveMemberDialog(TeamMember member, Runnable onRemove) {
        setHeaderTitle("Remove " + member.username() + "?");
        add(new Paragraph(member.username() + " leaves the team; their allocation goes back to the pool. Their "
                + "account stays, without a team."));
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        add(formError);

        remove.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(event -> {
            try {
                onRemove.run();
                close();
            } catch (TeamRejected rejected) {
                formError.setText(rejected.getMessage());
                formError.setVisible(true);
                remove.setEnabled(false);
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), remove);
    }
}
