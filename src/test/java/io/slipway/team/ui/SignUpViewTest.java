package io.slipway.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.security.ui.LoginView;
import io.slipway.team.Teams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@SlipwayTest
class SignUpViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Teams teams;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openAsVisitor() {
        KaribuSession.anonymous(context);
    }

    @AfterEach
    void closeUi() {
        KaribuSession.close();
    }

    @Test
    void linksTheLoginPageToSignUp() {
        UI.getCurrent().navigate("login");

        assertThat(_get(Anchor.class, spec -> spec.withText("New here? Create a team (sign up)"))
                        .getHref())
                .isEqualTo("signup");
    }

    @Test
    void signsUpAndSendsTheNewAdminToTheLoginPage() {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        SignUpView view = open();

        _setValue(view.teamName, "Orbit Labs " + suffix);
        assertThat(view.teamName.getHelperText()).contains("orbit-labs-" + suffix);
        _setValue(view.username, "ola" + suffix);
        _setValue(view.password, "tide pools at dawn");
        _setValue(view.passwordRepeat, "tide pools at dawn");
        _click(view.create);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("slipway-success"))
                        .isVisible())
                .isTrue();
        assertThat(teams.bySlug("orbit-labs-" + suffix)).isPresent();
    }

    @Test
    void refusesATakenTeamNameAtTheFieldAndSavesNothing() {
        SignUpView view = open();
        int users = jdbc.queryForObject("select count(*) from user_account", Integer.class);

        _setValue(view.teamName, "ACME");
        _setValue(view.username, "wile" + System.nanoTime() % 100000);
        _setValue(view.password, "roadrunner trap");
        _setValue(view.passwordRepeat, "roadrunner trap");
        _click(view.create);

        assertThat(view.teamName.isInvalid()).isTrue();
        assertThat(view.teamName.getErrorMessage())
                .isEqualTo("A team with the address \"acme\" exists already; choose another name");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class))
                .isEqualTo(users);
        assertThat(_get(SignUpView.class)).isSameAs(view);
    }

    @Test
    void showsEachBadInputAtItsFieldBeforeAnythingIsSent() {
        SignUpView view = open();

        _setValue(view.teamName, "!!!");
        _setValue(view.username, "Bad Name");
        _setValue(view.password, "short");
        _setValue(view.passwordRepeat, "shorter");
        _click(view.create);

        assertThat(view.teamName.getErrorMessage()).contains("at least one letter");
        assertThat(view.username.getErrorMessage()).contains("lowercase");
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 10 characters");
        assertThat(view.passwordRepeat.getErrorMessage()).isEqualTo("The two passwords differ");
        _setValue(view.teamName, "x".repeat(64));
        assertThat(view.teamName.getErrorMessage()).isEqualTo("Use at most 63 characters");
    }

    private static SignUpView open() {
        UI.getCurrent().navigate("signup");
        return _get(SignUpView.class);
    }
}
