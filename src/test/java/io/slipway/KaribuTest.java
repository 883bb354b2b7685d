package io.slipway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A base for view tests: the whole application, with Vaadin mocked by karibu-testing in the test's thread. Each
 * test starts as an anonymous visitor; {@link #login} opens a fresh UI as a user, as the login form would.
 */
@SlipwayTest
public abstract class KaribuTest {

    @Autowired
    private ApplicationContext applicationContext;

    @BeforeEach
    void setUpVaadin() {
        KaribuSession.anonymous(applicationContext);
    }

    @AfterEach
    void tearDownVaadin() {
        KaribuSession.close();
    }

    /** Logs the user in for the rest of the test, in a new UI. */
    protected void login(String username) {
        KaribuSession.close();
        KaribuSession.logIn(applicationContext, username);
    }

    protected void login(Fixtures.Member member) {
        login(member.username());
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Asserts that Vaadin's access control refuses to open {@code location} for the logged-in user. */
    protected static void assertNavigationDenied(String location) {
        assertThatThrownBy(() -> navigate(location)).isInstanceOf(MockAccessDeniedException.class);
    }
}
