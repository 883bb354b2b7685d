package io.slipway.team;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import io.slipway.security.OneTimePassword;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SlipwayTest
class TeamMembersTest {

    private static final AllocationRequest NOTHING = new AllocationRequest("0", "0", "0");

    @Autowired
    TeamMembers members;

    @Autowired
    Allocations allocations;

    @Autowired
    TeamHistory history;

    @Autowired
    Accounts accounts;

    @Autowired
    InstallationService installations;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Fixtures fixtures;

    @Test
    void listsTheCallersTeamOnlyAdminsFirst() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs-app", 30));

        List<TeamMember> team = members.members(bob.userId());

        assertThat(team).extracting(TeamMember::username).containsExactly(admin.username(), bob.username());
        assertThat(team.getFirst().role()).isEqualTo(TeamRole.ADMIN);
        assertThat(team.getLast().usedPercent()).isEqualTo(30);
        assertThat(team.getLast().allocation()).isEqualTo(new Allocation(2000, 4096, 20));
    }

    @Test
    void addsANewAccountWithAOneTimePasswordThatMustBeReplaced() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String username = "newbie" + System.nanoTime() % 100000;

        OneTimePassword added =
                members.addNewAccount(admin.userId(), username, new AllocationRequest("1", "1024", "5"));

        assertThat(added.password()).hasSize(16);
        assertThat(passwordEncoder.matches(
                        added.password(),
                        userDetails.loadUserByUsername(username).getPassword()))
                .isTrue();
        assertThat(accounts.mustChangePassword(added.userId())).isTrue();
        assertThat(members.member(admin.userId(), added.userId())).hasValueSatisfying(m -> {
            assertThat(m.role()).isEqualTo(TeamRole.MEMBER);
            assertThat(m.allocation()).isEqualTo(new Allocation(1000, 1024, 5));
        });
    }

    @Test
    void addsAnExistingUserWhoHasNoTeam() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String username = "loner" + System.nanoTime() % 100000;
        UUID loner = accounts.create(username, username, false);

        TeamMember added = members.addExisting(admin.userId(), username, NOTHING);

        assertThat(added.userId()).isEqualTo(loner);
        assertThat(added.allocation()).isEqualTo(Allocation.NONE);
        assertThat(members.members(loner)).extracting(TeamMember::username).contains(admin.username());
    }

    @Test
    void refusesUsersOfOtherTeamsExactlyLikeUnknownUsers() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member stranger = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));
        Member colleague = fixtures.newMember(admin.team(), Allocation.NONE);

        String foreign = refusal(() -> members.addExisting(admin.userId(), stranger.username(), NOTHING));
        String unknown = refusal(() -> members.addExisting(admin.userId(), "nobody-at-all", NOTHING));
        String own = refusal(() -> members.addExisting(admin.userId(), colleague.username(), NOTHING));

        assertThat(foreign.replace(stranger.username(), "X")).isEqualTo(unknown.replace("nobody-at-all", "X"));
        assertThat(own).isEqualTo(colleague.username() + " is already in your team");
        assertThat(members.members(stranger.userId()))
                .extracting(TeamMember::username)
                .containsExactly(stranger.username());
    }

    @Test
    void refusesToAddAMemberBeyondThePoolAndCreatesNoAccount() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        String username = "greedy" + System.nanoTime() % 100000;

        assertThatThrownBy(() -> members.addNewAccount(admin.userId(), username, new AllocationRequest("5", "0", "0")))
                .isInstanceOfSatisfying(
                        TeamRejected.class,
                        rejected -> assertThat(rejected.messageFor(TeamField.CPU))
                                .hasValueSatisfying(m -> assertThat(m).contains("at most 4 cores is free")));
        assertThat(accounts.idOf(username)).isEmpty();
        assertThat(members.members(admin.userId())).hasSize(1);
    }

    @Test
    void refusesToRemoveAMemberWhoOwnsAppsAndListsThem() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("alpha", 10));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("beta", 10));

        assertThat(refusal(() -> members.remove(admin.userId(), bob.userId())))
                .isEqualTo(bob.username() + " still owns apps: alpha, beta. Delete them first; then remove "
                        + bob.username() + ".");
        assertThat(members.members(admin.userId())).hasSize(2);
    }

    @Test
    void removesAMemberAndGivesTheirAllocationBackToThePool() {
        Instant start = Instant.now().minusSeconds(1);
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        members.remove(admin.userId(), bob.userId());

        assertThat(members.members(admin.userId()))
                .extracting(TeamMember::username)
                .containsExactly(admin.username());
        assertThat(allocations.poolOf(admin.userId()).free()).isEqualTo(new Allocation(4000, 8192, 60));
        TeamChange removal = history.changes(
                        admin.team().id(), start, Instant.now().plusSeconds(1))
                .getLast();
        assertThat(removal.kind()).isEqualTo(TeamChangeKind.MEMBER_REMOVED);
        assertThat(removal.allocationBefore()).isEqualTo(new Allocation(2000, 4096, 20));
        assertThat(removal.allocationAfter()).isNull();
        assertThatThrownBy(() -> members.members(bob.userId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepsTheLastAdminFromBeingDemotedOrRemoved() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), Allocation.NONE);

        assertThat(refusal(() -> members.changeRole(admin.userId(), admin.userId(), TeamRole.MEMBER)))
                .isEqualTo(admin.username() + " is the team's last admin; make another member admin first");
        assertThat(refusal(() -> members.remove(admin.userId(), admin.userId())))
                .contains("last admin");

        members.changeRole(admin.userId(), bob.userId(), TeamRole.ADMIN);
        members.changeRole(bob.userId(), admin.userId(), TeamRole.MEMBER);

        assertThat(members.member(bob.userId(), admin.userId()).orElseThrow().role())
                .isEqualTo(TeamRole.MEMBER);
        assertThat(refusal(() -> members.changeRole(bob.userId(), bob.userId(), TeamRole.MEMBER)))
                .contains("last admin");
    }

    @Test
    void refusesMembersWhoCallTheAdminMethodsDirectly() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), Allocation.NONE);
        String loner = "loner" + System.nanoTime() % 100000;
        accounts.create(loner, loner, false);

        assertDenied(() -> members.changeRole(bob.userId(), bob.userId(), TeamRole.ADMIN));
        assertDenied(() -> members.changeRole(bob.userId(), admin.userId(), TeamRole.MEMBER));
        assertDenied(() -> members.remove(bob.userId(), admin.userId()));
        assertDenied(() -> members.addExisting(bob.userId(), loner, NOTHING));
        assertDenied(() -> members.addNewAccount(bob.userId(), "sneaky" + System.nanoTime() % 1000, NOTHING));

        assertThat(members.members(admin.userId()))
                .extracting(TeamMember::username, TeamMember::role)
                .containsExactly(tuple(admin.username(), TeamRole.ADMIN), tuple(bob.username(), TeamRole.MEMBER));
    }

    @Test
    void answersForeignAndMissingMembersAlike() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member other = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member otherMember = fixtures.newMember(other.team(), Allocation.NONE);
        UUID missing = UUID.randomUUID();

        assertThat(members.member(admin.userId(), otherMember.userId())).isEmpty();
        assertThat(members.member(admin.userId(), missing)).isEmpty();
        assertNotFound(() -> members.remove(admin.userId(), otherMember.userId()));
        assertNotFound(() -> members.remove(admin.userId(), missing));
        assertNotFound(() -> members.changeRole(admin.userId(), otherMember.userId(), TeamRole.ADMIN));
        assertNotFound(() -> members.changeRole(admin.userId(), missing, TeamRole.ADMIN));
        assertNotFound(() -> members.appsOf(admin.userId(), otherMember.userId()));
        assertNotFound(() -> members.appsOf(admin.userId(), missing));
        assertThat(members.members(other.userId())).hasSize(2);
        assertThat(members.member(other.userId(), otherMember.userId())
                        .orElseThrow()
                        .role())
                .isEqualTo(TeamRole.MEMBER);
    }

    private static String refusal(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(TeamRejected.class);
        TeamRejected rejected = (TeamRejected) thrown;
        return rejected.messageFor(TeamField.USERNAME)
                .or(() -> rejected.messageFor(TeamField.FORM))
                .orElseThrow();
    }

    private static void assertDenied(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(MemberNotFound.class).hasMessage(MemberNotFound.MESSAGE);
    }
}
