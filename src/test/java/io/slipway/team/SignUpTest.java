package io.slipway.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@SlipwayTest
class SignUpTest {

    @Autowired
    SignUp signUp;

    @Autowired
    Teams teams;

    @Autowired
    Accounts accounts;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void createsAUserAndAFreeTeamWithTheWholePoolAndItsNamespace() {
        String suffix = unique();
        SignUpRequest request = request("Rocket Science " + suffix, "dora" + suffix);

        TeamSummary team = signUp.signUp(request);

        assertThat(team.slug()).isEqualTo("rocket-science-" + suffix);
        assertThat(team.name()).isEqualTo("Rocket Science " + suffix);
        UUID userId = accounts.idOf("dora" + suffix).orElseThrow();
        assertThat(teams.memberOf(userId)).hasValueSatisfying(member -> {
            assertThat(member.isAdmin()).isTrue();
            assertThat(member.team().id()).isEqualTo(team.id());
            assertThat(member.allocation()).isEqualTo(new Allocation(1000, 2048, 0));
        });
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(team.namespace()).get() != null);
    }

    @Test
    void refusesBadTeamNamesAtTheFieldAndSavesNothing() {
        String suffix = unique();
        signUp.signUp(request("Taken " + suffix, "first" + suffix));

        refuses(TeamField.TEAM_NAME, r -> r.setTeamName(""), "Enter a team name");
        refuses(TeamField.TEAM_NAME, r -> r.setTeamName("x".repeat(64)), "Use at most 63 characters");
        refuses(TeamField.TEAM_NAME, r -> r.setTeamName("!!! ???"), "at least one letter");
        refuses(TeamField.TEAM_NAME, r -> r.setTeamName("TAKEN " + suffix + "!"), "exists already");
    }

    @Test
    void refusesWeakPasswordsAndTakenUserNamesAtTheField() {
        refuses(TeamField.PASSWORD, r -> r.setPassword("short"), "at least 10 characters");
        refuses(TeamField.PASSWORD, r -> r.setPassword(r.getUsername() + "-secret"), "user name");
        refuses(TeamField.PASSWORD_REPEAT, r -> r.setPasswordRepeat("something else"), "differ");
        refuses(TeamField.USERNAME, r -> r.setUsername("alice"), "The user name alice is taken; choose another");
        refuses(TeamField.USERNAME, r -> r.setUsername("Not Valid"), "lowercase");
    }

    private void refuses(TeamField field, Consumer<SignUpRequest> spoil, String message) {
        String suffix = unique();
        SignUpRequest request = request("Valid Team " + suffix, "valid" + suffix);
        spoil.accept(request);
        int teamsBefore = count("team");
        int usersBefore = count("user_account");

        Throwable thrown = catchThrowable(() -> signUp.signUp(request));

        assertThat(thrown).isInstanceOf(TeamRejected.class);
        assertThat(((TeamRejected) thrown).messageFor(field))
                .as("message at %s", field)
                .hasValueSatisfying(m -> assertThat(m).contains(message));
        assertThat(count("team")).isEqualTo(teamsBefore);
        assertThat(count("user_account")).isEqualTo(usersBefore);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static SignUpRequest request(String teamName, String username) {
        SignUpRequest request = new SignUpRequest();
        request.setTeamName(teamName);
        request.setUsername(username);
        request.setPassword("sea shanty 42");
        request.setPasswordRepeat("sea shanty 42");
        return request;
    }

    private static String unique() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }
}
