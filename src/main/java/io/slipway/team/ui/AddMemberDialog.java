package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.plan.Allocation;
import io.slipway.security.UsernamePolicy;
import io.slipway.team.AllocationRequest;
import io.slipway.team.PoolUse;
import io.slipway.team.TeamField;
import io.slipway.team.TeamFieldError;
import io.slipway.team.TeamRejected;
import java.util.List;
import java.util.Optional;

/**
 * Adds a member: a new account (with a one-time password) or an existing user who has no team yet, with an
 * optional allocation out of what is free.
 */
class AddMemberDialog extends Dialog {

    static final String NEW_ACCOUNT = "A new account";
    static final String EXISTING_USER = "An existing user without a team";

    /** What the dialog asks the Team page to do; throws {@link TeamRejected} when the service refuses. */
    interface Adder {
        void add(boolean newAccount, String username, AllocationRequest allocation);
    }

    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Who");
    final TextField username = new TextField("User name");
    final AllocationFields allocation;
    final Button add = new Button("Add member");
    final Div formError = new Div();

    AddMemberDialog(PoolUse pool, Adder adder) {
        setHeaderTitle("Add a member");
        setMaxWidth("44em");
        addClassName("slipway-add-member-dialog");
        allocation = new AllocationFields(pool, pool.assigned());

        kind.setItems(NEW_ACCOUNT, EXISTING_USER);
        kind.setValue(NEW_ACCOUNT);
        username.setValueChangeMode(ValueChangeMode.EAGER);
        username.setRequiredIndicatorVisible(true);
        username.setHelperText("Lowercase letters, digits, dots, dashes or underscores");
        username.addValueChangeListener(event -> checkUsername());
        kind.addValueChangeListener(event -> checkUsername());
        allocation.binder().setBean(AllocationRequest.of(Allocation.NONE));
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);

        VerticalLayout who = new VerticalLayout(kind, username);
        who.setPadding(false);
        who.setSpacing(false);
        add(who, allocation, formError);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> submit(adder));
        getFooter().add(new Button("Cancel", event -> close()), add);
    }

    private boolean checkUsername() {
        Optional<String> problem = NEW_ACCOUNT.equals(kind.getValue())
                ? UsernamePolicy.check(username.getValue())
                : username.getValue().isBlank() ? Optional.of("Enter the user name") : Optional.empty();
        username.setErrorMessage(problem.orElse(null));
        username.setInvalid(problem.isPresent());
        return problem.isEmpty();
    }

    private void submit(Adder adder) {
        boolean usernameOk = checkUsername();
        if (!allocation.binder().validate().isOk() || !usernameOk) {
            return;
        }
        try {
            adder.add(
                    NEW_ACCOUNT.equals(kind.getValue()),
                    username.getValue().strip(),
                    allocation.binder().getBean());
            close();
        } catch (TeamRejected rejected) {
            rejected.messageFor(TeamField.USERNAME).ifPresent(message -> {
                username.setErrorMessage(message);
                username.setInvalid(true);
            });
            List<TeamFieldError> rest = allocation.showRejection(rejected.errors().stream()
                    .filter(error -> error.field() != TeamField.USERNAME)
                    .toList());
            formError.setText(rest.stream()
                    .map(TeamFieldError::message)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
            formError.setVisible(!rest.isEmpty());
        }
    }
}
