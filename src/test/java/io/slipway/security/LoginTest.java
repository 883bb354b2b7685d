package io.slipway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.audit.AuditAction;
import io.slipway.audit.AuditFilter;
import io.slipway.audit.AuditLog;
import io.slipway.audit.AuditRecord;
import io.slipway.plan.Allocation;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The login form over HTTP, through Spring Security's filters: hashes, throttling, one answer for every failure. */
@SlipwayTest
class LoginTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String FAILED = "/login?error";
    private static final String LOGGED_IN = "/";

    @Autowired
    WebApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc http;

    @BeforeEach
    void setUpHttp() {
        http = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void logsInWithTheRightPassword() throws Exception {
        Member member = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));

        assertThat(login(member.username(), member.username(), newClient())).isEqualTo(LOGGED_IN);
    }

    @Test
    void answersAnUnknownUserNameExactlyLikeAWrongPassword() throws Exception {
        Member member = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));

        assertThat(login("nobody-" + System.nanoTime(), "whatever", newClient()))
                .isEqualTo(FAILED);
        assertThat(login(member.username(), "wrong password", newClient())).isEqualTo(FAILED);
    }

    @Test
    void refusesEvenTheRightPasswordForAMomentAfterFiveFailuresThenLetsTheOwnerIn() throws Exception {
        Member member = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        for (int i = 0; i < 5; i++) {
            login(member.username(), "guess " + i, newClient());
        }

        assertThat(login(member.username(), member.username(), newClient())).isEqualTo(FAILED);

        Thread.sleep(LoginThrottle.MAX_ACCOUNT_WAIT.toMillis() / 60 + 200);
        assertThat(login(member.username(), member.username(), newClient())).isEqualTo(LOGGED_IN);
    }

    @Test
    void throttlesAClientThatGuessesManyAccountsWhileOthersLogIn() throws Exception {
        Member member = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        String guesser = newClient();
        for (int i = 0; i < LoginThrottle.FREE_CLIENT_FAILURES; i++) {
            login("someone" + i + "-" + System.nanoTime(), "123456", guesser);
        }

        assertThat(login(member.username(), member.username(), guesser)).isEqualTo(FAILED);
        assertThat(login(member.username(), member.username(), newClient())).isEqualTo(LOGGED_IN);
    }

    @Test
    void recordsFailedLoginsOnATeamsAccountInItsAuditLog() throws Exception {
        Member admin = fixtures.newAdmin("free", new Allocation(500, 1024, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        String client = newClient();

        login(bob.username(), "not bob's password", client);

        AuditRecord entry = auditLog.entries(admin.userId(), new AuditFilter(null, AuditAction.LOGIN_FAILED), 0, 10)
                .getFirst();
        assertThat(entry.member()).isEqualTo(bob.username());
        assertThat(entry.actor()).isNull();
        assertThat(entry.detail()).isEqualTo("Failed login from " + client).doesNotContain("not bob's password");
    }

    @Test
    void storesPasswordsOnlyAsBcryptHashes() {
        Member member = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));

        String stored = jdbc.queryForObject(
                "select password_hash from user_account where id = ?", String.class, member.userId());

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(member.username());
    }

    /** Posts the login form; returns where the browser is sent. */
    private String login(String username, String password, String client) throws Exception {
        return http.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }
}
