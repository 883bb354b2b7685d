package io.slipway.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.slipway.KaribuTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginViewTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "apps", "install/lightstreamer"})
    void sendsAnonymousUsersToLogin(String location) {
        navigate(location);

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(LoginView.class);
    }

    @Test
    void letsALoggedInUserThrough() {
        login("alice");

        navigate("apps");

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(LoginView.class);
    }

    @Test
    void namesTheDemoAccountsAndLinksToHelp() {
        navigate("login");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("slipway-demo-hint"))
                        .getText())
                .contains("alice", "bob", "carol", "Each password is the user name");
        assertThat(_get(Anchor.class, spec -> spec.withText("Help and FAQ")).getHref())
                .isEqualTo("help");
    }

    @Test
    void saysSoAfterAFailedLogin() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }
}
