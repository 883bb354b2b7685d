package io.slipway.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.slipway.base.ui.Brand;
import org.springframework.beans.factory.annotation.Value;

/** The login page. In demo mode it tells visitors which accounts exist and that each password is the user name. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Slipway")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph signedUp = new Paragraph("Your team is ready. Log in with your new user name.");

    public LoginView(@Value("${slipway.demo.enabled:false}") boolean demo) {
        addClassName("slipway-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        add(Brand.heading());
        add(createSignedUp());
        add(createForm());
        add(new Anchor("signup", "New here? Create a team (sign up)"));
        if (demo) {
            add(createDemoHint());
        }
        add(new Anchor("help", "Help and FAQ"));
    }

    private LoginForm createForm() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Wrong user name or password");
        i18n.getErrorMessage().setMessage("Check both and try again. After repeated failures, wait a minute.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        return form;
    }

    private Paragraph createSignedUp() {
        signedUp.addClassName("slipway-success");
        signedUp.setVisible(false);
        return signedUp;
    }

    private Paragraph createDemoHint() {
        Paragraph hint =
                new Paragraph("Demo mode: log in as alice or bob (team acme, Premium), carol (team globex, Free) "
                        + "or admin. Each password is the user name.");
        hint.addClassName("slipway-demo-hint");
        return hint;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        signedUp.setVisible(parameters.containsKey("signedup"));
    }
}
