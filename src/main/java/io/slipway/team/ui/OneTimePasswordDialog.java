package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.slipway.security.OneTimePassword;

/** Shows a new member's one-time password, once: it is stored only as a hash and cannot be shown again. */
class OneTimePasswordDialog extends Dialog {

    final Span password = new Span();

    OneTimePasswordDialog(OneTimePassword account) {
        setHeaderTitle("Added " + account.username());
        addClassName("slipway-one-time-password");
        setCloseOnOutsideClick(false);

        password.setText(account.password());
        password.addClassName("slipway-secret");
        Button copy = new Button(
                VaadinIcon.COPY_O.create(),
                event -> getUI().ifPresent(ui -> ui.getPage()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", account.password())));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        copy.setAriaLabel("Copy password");
        copy.setTooltipText("Copy password");

        add(new Paragraph("Give " + account.username() + " this one-time password. It is shown only now; "
                + account.username() + " chooses their own password at the first login."));
        add(new Paragraph(new Span("User name: " + account.username() + " · Password: "), password, copy));
        Button done = new Button("Done", event -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
