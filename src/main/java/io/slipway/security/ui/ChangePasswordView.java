package io.slipway.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.security.Accounts;
import io.slipway.security.CurrentUser;
import io.slipway.security.PasswordPolicy;
import io.slipway.security.PasswordRejected;
import io.slipway.security.SlipwayUser;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * {@code password}: a user replaces their password. Users who logged in with a one-time password land here
 * first and cannot open any other page until they have chosen their own.
 */
@Route("password")
@PageTitle("Change password · Slipway")
@PermitAll
class ChangePasswordView extends VerticalLayout {

    private final Accounts accounts;
    private final SlipwayUser user;

    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password, again");
    final Button save = new Button("Change password");

    ChangePasswordView(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.user = currentUser.require();
        addClassName("slipway-page");

        add(new H1("Change password"));
        if (accounts.mustChangePassword(user.id())) {
            Paragraph note = new Paragraph("You logged in with a one-time password. Choose your own password to "
                    + "continue; the one-time password then stops working.");
            note.addClassName("slipway-one-time-note");
            add(note);
        }
        replacement.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters, not containing your user name");
        FormLayout form = new FormLayout(current, replacement, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> change());
        add(form, save);
    }

    private void change() {
        current.setInvalid(false);
        Optional<String> problem = PasswordPolicy.check(user.getUsername(), replacement.getValue());
        show(replacement, problem);
        boolean repeated = replacement.getValue().equals(repeat.getValue());
        show(repeat, repeated ? Optional.empty() : Optional.of("The two passwords differ"));
        if (problem.isPresent() || !repeated) {
            return;
        }
        try {
            accounts.changePassword(user.id(), current.getValue(), replacement.getValue());
            Notification.show("Your password is changed", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (PasswordRejected rejected) {
            show(rejected.currentPasswordWrong() ? current : replacement, Optional.of(rejected.getMessage()));
        }
    }

    private static void show(PasswordField field, Optional<String> problem) {
        field.setErrorMessage(problem.orElse(null));
        field.setInvalid(problem.isPresent());
    }
}
