package io.slipway.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.security.Accounts;
import io.slipway.security.OneTimePassword;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SlipwayTest
class ChangePasswordViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void closeUi() {
        KaribuSession.close();
    }

    @Test
    void sendsAUserWithAOneTimePasswordToChooseTheirOwnFirst() {
        OneTimePassword account = accounts.createWithOneTimePassword("otp" + System.nanoTime() % 100000);
        KaribuSession.logIn(context, account.username());

        UI.getCurrent().navigate("apps");

        ChangePasswordView view = _get(ChangePasswordView.class);
        _setValue(view.current, "not the password");
        _setValue(view.replacement, "my own secret phrase");
        _setValue(view.repeat, "my own secret phrase");
        _click(view.save);
        assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password");

        _setValue(view.current, account.password());
        _setValue(view.replacement, account.username() + "-abc");
        _setValue(view.repeat, account.username() + "-abc");
        _click(view.save);
        assertThat(view.replacement.getErrorMessage()).isEqualTo("The password must not contain the user name");

        _setValue(view.replacement, "my own secret phrase");
        _setValue(view.repeat, "my own secret phrase");
        _click(view.save);

        assertThat(accounts.mustChangePassword(account.userId())).isFalse();
        String hash = userDetails.loadUserByUsername(account.username()).getPassword();
        assertThat(passwordEncoder.matches("my own secret phrase", hash)).isTrue();
        assertThat(passwordEncoder.matches(account.password(), hash)).isFalse();
        UI.getCurrent().navigate("apps");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("apps");
    }

    @Test
    void letsOtherUsersGoWhereTheyWant() {
        KaribuSession.logIn(context, "alice");

        UI.getCurrent().navigate("apps");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("apps");
    }
}
