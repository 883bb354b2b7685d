package io.slipway.team;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class TeamDeletionTest {

    @Autowired
    TeamDeletion deletion;

    @Autowired
    Teams teams;

    @Autowired
    InstallationService installations;

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TeamHistory history;

    @Autowired
    SignUp signUp;

    private Member admin;
    private Member bob;

    @BeforeEach
    void team() {
        admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 5));
        await().atMost(Duration.ofSeconds(20)).until(() -> namespaceExists(admin.team()));
    }

    @Test
    void deletesTheNamespaceAndEveryMembershipButKeepsTheAccounts() {
        Member neighbour = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));

        deletion.delete(admin.userId(), admin.team().name());

        assertThat(teams.memberOf(admin.userId())).isEmpty();
        assertThat(teams.memberOf(bob.userId())).isEmpty();
        assertThat(teams.all())
                .extracting(TeamSummary::id)
                .doesNotContain(admin.team().id());
        assertThat(teams.active(admin.team().id())).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> !namespaceExists(admin.team()));
        assertThat(teams.memberOf(neighbour.userId())).isPresent();
        assertThat(namespaceExists(neighbour.team())).isTrue();
        assertThat(history.changes(admin.team().id(), Instant.EPOCH, Instant.now()))
                .filteredOn(change -> change.kind() == TeamChangeKind.MEMBER_REMOVED)
                .hasSize(2);
    }

    @Test
    void refusesWhileTheTeamHasAppsAndNamesThem() {
        installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs-feed", 20));

        assertThatThrownBy(() -> deletion.delete(admin.userId(), admin.team().name()))
                .isInstanceOf(TeamRejected.class)
                .hasMessageContaining("bobs-feed (" + bob.username() + ")");

        assertThat(teams.memberOf(bob.userId())).isPresent();
        assertThat(teams.active(admin.team().id())).isPresent();
    }

    @Test
    void refusesWhileAMemberKeepsARetainedVolumeAndNamesIt() {
        InstallRequest request = lightstreamer("bobs-shop", 20);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType("Standard");
        request.setVolumeSizeGib(2);
        request.setMountPath("/data");
        UUID app = installations.install(bob.userId(), "lightstreamer", request);
        installations.delete(bob.userId(), app, false);

        assertThatThrownBy(() -> deletion.delete(admin.userId(), admin.team().name()))
                .isInstanceOf(TeamRejected.class)
                .hasMessageContaining("the volume of bobs-shop (2 GiB Standard, retained) of " + bob.username());
        assertThat(teams.active(admin.team().id())).isPresent();
        assertThat(namespaceExists(admin.team())).isTrue();
    }

    @Test
    void refusesAWrongConfirmationAtItsField() {
        assertThatThrownBy(() -> deletion.delete(admin.userId(), admin.team().name() + "x"))
                .isInstanceOfSatisfying(
                        TeamRejected.class,
                        rejected -> assertThat(rejected.errors())
                                .extracting(TeamFieldError::field)
                                .containsExactly(TeamField.CONFIRMATION));
        assertThat(teams.memberOf(admin.userId())).isPresent();
    }

    @Test
    void refusesMembersWhoAreNotAdmins() {
        assertThatThrownBy(() -> deletion.delete(bob.userId(), admin.team().name()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(teams.active(admin.team().id())).isPresent();
    }

    @Test
    void keepsADeletedTeamsNameTakenSoItsNamespaceIsNeverReused() {
        String name = "Harbour " + System.nanoTime() % 100_000;
        TeamSummary team = signUp.signUp(signUpRequest(name));
        UUID founder = teams.onPlan(team.planId()).stream()
                .filter(t -> t.id().equals(team.id()))
                .findFirst()
                .map(t -> history.changes(t.id(), Instant.EPOCH, Instant.now())
                        .getFirst()
                        .memberId())
                .orElseThrow();
        deletion.delete(founder, name);

        assertThatThrownBy(() -> signUp.signUp(signUpRequest(name)))
                .isInstanceOfSatisfying(
                        TeamRejected.class,
                        rejected -> assertThat(rejected.messageFor(TeamField.TEAM_NAME))
                                .hasValueSatisfying(
                                        message -> assertThat(message).contains("exists already")));
    }

    private static SignUpRequest signUpRequest(String teamName) {
        SignUpRequest request = new SignUpRequest();
        request.setTeamName(teamName);
        request.setUsername("founder" + System.nanoTime() % 100_000);
        request.setPassword("sea shanty 42");
        request.setPasswordRepeat("sea shanty 42");
        return request;
    }

    private boolean namespaceExists(TeamSummary team) {
        return kubernetes.namespaces().withName(team.namespace()).get() != null;
    }
}
