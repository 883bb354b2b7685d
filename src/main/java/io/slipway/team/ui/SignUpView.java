package io.slipway.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.slipway.base.ui.Brand;
import io.slipway.base.ui.FieldChecks;
import io.slipway.security.PasswordPolicy;
import io.slipway.security.UsernamePolicy;
import io.slipway.team.SignUp;
import io.slipway.team.SignUpRequest;
import io.slipway.team.SignUpValidator;
import io.slipway.team.TeamField;
import io.slipway.team.TeamFieldError;
import io.slipway.team.TeamRejected;
import io.slipway.team.TeamSlug;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;

/** {@code signup}: a new user creates a team on the Free plan and becomes its admin. */
@Route(value = "signup", autoLayout = false)
@PageTitle("Sign up · Slipway")
@AnonymousAllowed
class SignUpView extends VerticalLayout {

    private final SignUp signUp;
    private final String appsDomain;
    private final Binder<SignUpRequest> binder = new Binder<>(SignUpRequest.class);
    private final Map<TeamField, HasValidation> fields = new EnumMap<>(TeamField.class);

    final TextField teamName = new TextField("Team name");
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField passwordRepeat = new PasswordField("Password, again");
    final Div formError = new Div();
    final Button create = new Button("Create team");

    SignUpView(SignUp signUp, @Value("${slipway.apps.domain}") String appsDomain) {
        this.signUp = signUp;
        this.appsDomain = appsDomain;
        addClassName("slipway-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        add(Brand.heading());
        add(new Paragraph("Create a team on the Free plan: 1 core, 2048 MiB, 3 apps. You become its admin."));
        add(createForm());
        add(createFormError());
        add(createSubmit());
        add(new Anchor("login", "I have an account: log in"));

        binder.setBean(new SignUpRequest());
    }

    private Component createForm() {
        teamName.setHelperText("Your team's apps will be at <app>-<team>." + appsDomain);
        teamName.addValueChangeListener(event -> showAddress());
        binder.forField(teamName)
                .withValidator(FieldChecks.of(TeamSlug::checkName))
                .bind(SignUpRequest::getTeamName, SignUpRequest::setTeamName);
        binder.forField(username)
                .withValidator(FieldChecks.of(UsernamePolicy::check))
                .bind(SignUpRequest::getUsername, SignUpRequest::setUsername);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not containing your user name");
        binder.forField(password)
                .withValidator(FieldChecks.of(value -> PasswordPolicy.check(username.getValue(), value)))
                .bind(SignUpRequest::getPassword, SignUpRequest::setPassword);
        binder.forField(passwordRepeat)
                .withValidator(FieldChecks.of(value -> SignUpValidator.checkRepeat(password.getValue(), value)))
                .bind(SignUpRequest::getPasswordRepeat, SignUpRequest::setPasswordRepeat);

        fields.put(TeamField.TEAM_NAME, teamName);
        fields.put(TeamField.USERNAME, username);
        fields.put(TeamField.PASSWORD, password);
        fields.put(TeamField.PASSWORD_REPEAT, passwordRepeat);
        for (var field : new TextFieldBase<?, ?>[] {teamName, username, password, passwordRepeat}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setRequiredIndicatorVisible(true);
        }
        FormLayout form = new FormLayout(teamName, username, password, passwordRepeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("min(28em, 100%)");
        return form;
    }

    private void showAddress() {
        String slug = TeamSlug.from(teamName.getValue());
        teamName.setHelperText(
                slug.isEmpty()
                        ? "Your team's apps will be at <app>-<team>." + appsDomain
                        : "Your team's address: " + slug + " (apps at <app>-" + slug + "." + appsDomain + ")");
    }

    private Div createFormError() {
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        return formError;
    }

    private Button createSubmit() {
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(event -> submit());
        return create;
    }

    private void submit() {
        formError.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            signUp.signUp(binder.getBean());
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("signedup", "1"))));
        } catch (TeamRejected rejected) {
            for (TeamFieldError error : rejected.errors()) {
                HasValidation field = fields.get(error.field());
                if (field == null) {
                    formError.setText(error.message());
                    formError.setVisible(true);
                } else {
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                }
            }
        }
    }
}
