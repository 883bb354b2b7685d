package io.slipway.audit;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.AppEditing;
import io.slipway.installation.EnvVar;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.plan.Plans;
import io.slipway.team.AllocationRequest;
import io.slipway.team.Allocations;
import io.slipway.team.MemberNotFound;
import io.slipway.team.TeamMembers;
import io.slipway.team.TeamRejected;
import io.slipway.team.TeamRole;
import io.slipway.team.TierChanges;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    TeamMembers members;

    @Autowired
    Allocations allocations;

    @Autowired
    TierChanges tiers;

    @Autowired
    InstallationService installations;

    @Autowired
    Plans plans;

    @Autowired
    AppEditing editing;

    @Autowired
    Fixtures fixtures;

    @Test
    void recordsInstallsMemberRoleAllocationAndPlanChangesWithWhoAndWhen() {
        Instant start = Instant.now();
        Member admin = fixtures.newAdmin("free", new Allocation(500, 1024, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        members.changeRole(admin.userId(), bob.userId(), TeamRole.ADMIN);
        installations.install(bob.userId(), "lightstreamer", lightstreamer("bobs", 20));
        tiers.change(bob.userId(), plans.byKey("premium").id());
        members.addNewAccount(admin.userId(), "carl" + System.nanoTime() % 100000, new AllocationRequest());
        UUID carl = auditLog.people(admin.userId()).stream()
                .filter(person -> person.name().startsWith("carl"))
                .findFirst()
                .orElseThrow()
                .id();
        members.remove(admin.userId(), carl);

        List<AuditRecord> log = auditLog.entries(admin.userId(), AuditFilter.ALL, 0, 50);

        assertThat(log)
                .extracting(AuditRecord::action, AuditRecord::actor)
                .containsExactly(
                        tuple(AuditAction.MEMBER_REMOVED, admin.username()),
                        tuple(AuditAction.MEMBER_ADDED, admin.username()),
                        tuple(AuditAction.PLAN_CHANGED, bob.username()),
                        tuple(AuditAction.APP_INSTALLED, bob.username()),
                        tuple(AuditAction.ROLE_CHANGED, admin.username()),
                        tuple(AuditAction.MEMBER_ADDED, admin.username()),
                        tuple(AuditAction.ALLOCATION_CHANGED, admin.username()),
                        tuple(AuditAction.MEMBER_ADDED, admin.username()));
        assertThat(log)
                .extracting(AuditRecord::detail)
                .contains(
                        "Plan: Free → Premium",
                        "Installed lightstreamer:latest as bobs at 20 % of " + bob.username() + "'s allocation",
                        bob.username() + " is now team admin",
                        bob.username() + " joined as member with 500 m CPU · 1024 MiB · 0 GiB");
        assertThat(log).allSatisfy(entry -> assertThat(entry.at()).isAfterOrEqualTo(start));
        assertThat(log).extracting(AuditRecord::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void recordsAnAdminsEditOfAMembersAppNamingEnvVarsButNeverTheirValues() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        InstallRequest request = lightstreamer("bobs-feed", 20);
        request.setEnv(List.of(new EnvVar("API_KEY", "first-s3cret"), new EnvVar("MODE", "fast")));
        UUID app = installations.install(bob.userId(), "lightstreamer", request);

        InstallRequest edit = editing.start(admin.userId(), app).request();
        edit.setPercent(30);
        edit.setEnv(List.of(new EnvVar("API_KEY", "second-s3cret"), new EnvVar("MODE", null)));
        editing.edit(admin.userId(), app, edit);

        assertThat(auditLog.entries(admin.userId(), new AuditFilter(null, AuditAction.APP_EDITED), 0, 50))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(admin.username());
                    assertThat(entry.member()).isEqualTo(bob.username());
                    assertThat(entry.detail())
                            .contains("bobs-feed", "30 %", "API_KEY")
                            .doesNotContain("s3cret", "fast");
                });
    }

    @Test
    void writesNothingForAChangeThatWasRefused() {
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        int before = auditLog.count(admin.userId(), AuditFilter.ALL);

        assertThatThrownBy(() -> allocations.allocate(admin.userId(), admin.userId(), new Allocation(2000, 2048, 0)))
                .isInstanceOf(TeamRejected.class);

        assertThat(auditLog.count(admin.userId(), AuditFilter.ALL)).isEqualTo(before);
    }

    @Test
    void filtersByMemberAndByAction() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        allocations.allocate(admin.userId(), bob.userId(), new Allocation(1000, 1024, 0));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("admins", 10));

        List<AuditRecord> bobs = auditLog.entries(admin.userId(), new AuditFilter(bob.userId(), null), 0, 50);
        List<AuditRecord> installs =
                auditLog.entries(admin.userId(), new AuditFilter(null, AuditAction.APP_INSTALLED), 0, 50);
        List<AuditRecord> bobsAllocations =
                auditLog.entries(admin.userId(), new AuditFilter(bob.userId(), AuditAction.ALLOCATION_CHANGED), 0, 50);

        assertThat(bobs)
                .extracting(AuditRecord::action)
                .containsExactly(AuditAction.ALLOCATION_CHANGED, AuditAction.MEMBER_ADDED);
        assertThat(installs)
                .singleElement()
                .satisfies(entry -> assertThat(entry.member()).isEqualTo(admin.username()));
        assertThat(bobsAllocations).hasSize(1);
        assertThat(auditLog.count(admin.userId(), new AuditFilter(bob.userId(), null)))
                .isEqualTo(2);
        assertThat(auditLog.entries(admin.userId(), AuditFilter.ALL, 1, 2)).hasSize(2);
    }

    @Test
    void refusesMembersWhoCallTheServiceDirectly() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));

        assertThatThrownBy(() -> auditLog.entries(bob.userId(), AuditFilter.ALL, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.count(bob.userId(), AuditFilter.ALL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.people(bob.userId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void answersTheSameNotFoundForAnotherTeamsMemberAndAnUnknownId() {
        Member acme = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member globex = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));

        assertThatThrownBy(() -> auditLog.entries(acme.userId(), new AuditFilter(globex.userId(), null), 0, 50))
                .isInstanceOf(MemberNotFound.class)
                .hasMessage(MemberNotFound.MESSAGE);
        assertThatThrownBy(() -> auditLog.entries(acme.userId(), new AuditFilter(UUID.randomUUID(), null), 0, 50))
                .isInstanceOf(MemberNotFound.class)
                .hasMessage(MemberNotFound.MESSAGE);
        assertThat(auditLog.entries(acme.userId(), AuditFilter.ALL, 0, 50))
                .extracting(AuditRecord::actor)
                .containsOnly(acme.username());
    }
}
