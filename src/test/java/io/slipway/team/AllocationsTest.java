package io.slipway.team;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.plan.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class AllocationsTest {

    @Autowired
    Allocations allocations;

    @Autowired
    TeamMembers members;

    @Autowired
    TeamHistory history;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Test
    void showsThePoolWhatIsAssignedAndWhatIsFree() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        PoolUse use = allocations.poolOf(admin.userId());

        assertThat(use.planName()).isEqualTo("Premium");
        assertThat(use.pool()).isEqualTo(new Pool(8000, 16384, 100, 50));
        assertThat(use.assigned()).isEqualTo(new Allocation(6000, 12288, 60));
        assertThat(use.free()).isEqualTo(new Allocation(2000, 4096, 40));
        assertThat(allocations.poolOf(bob.userId())).isEqualTo(use);
    }

    @Test
    void refusesAllocationAbovePool() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        assertRefused(admin, bob, new AllocationRequest("4.5", "4096", "20"), TeamField.CPU)
                .isEqualTo(
                        "Above the pool: it has 8 cores, the other members hold 4 cores, so at most 4 cores is free");
        assertRefused(admin, bob, new AllocationRequest("2", "9000", "20"), TeamField.MEMORY)
                .contains("at most 8192 MiB is free");
        assertRefused(admin, bob, new AllocationRequest("2", "4096", "61"), TeamField.STORAGE)
                .contains("at most 60 GiB is free");
        assertThat(allocationOf(admin, bob)).isEqualTo(new Allocation(2000, 4096, 20));
    }

    @Test
    void refusesStorageOnAPlanWithoutStorage() {
        Member carol = fixtures.newAdmin("Free", new Allocation(1000, 2048, 0));

        assertRefused(carol, carol, new AllocationRequest("1", "2048", "1"), TeamField.STORAGE)
                .isEqualTo("The Free plan has no volume storage; leave storage at 0");
        assertThat(allocationOf(carol, carol)).isEqualTo(new Allocation(1000, 2048, 0));
    }

    @Test
    void refusesNegativeAndNonNumericInputAtTheField() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        assertRefused(admin, bob, new AllocationRequest("-1", "4096", "20"), TeamField.CPU)
                .isEqualTo("An allocation cannot be negative");
        assertRefused(admin, bob, new AllocationRequest("two", "4096", "20"), TeamField.CPU)
                .contains("cores (1.5) or millicores (1500m)");
        assertRefused(admin, bob, new AllocationRequest("2", "-5", "20"), TeamField.MEMORY)
                .isEqualTo("An allocation cannot be negative");
        assertRefused(admin, bob, new AllocationRequest("2", "4096", "lots"), TeamField.STORAGE)
                .contains("whole GiB");
        assertThat(allocationOf(admin, bob)).isEqualTo(new Allocation(2000, 4096, 20));
    }

    @Test
    void refusesAnAllocationThatWouldStarveAnAppAndNamesIt() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("web", 10));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("db", 5));

        assertRefused(admin, admin, new AllocationRequest("800m", "8192", "40"), TeamField.CPU)
                .isEqualTo("Too little for db (5 %): every app needs at least 50 m CPU; allocate at least 1 core");
        assertRefused(admin, admin, new AllocationRequest("4", "600", "40"), TeamField.MEMORY)
                .isEqualTo("Too little for db (5 %), web (10 %): every app needs at least 64 MiB; "
                        + "allocate at least 1280 MiB");

        allocations.allocate(admin.userId(), admin.userId(), new AllocationRequest("1", "1280", "40"));
        assertThat(allocationOf(admin, admin)).isEqualTo(new Allocation(1000, 1280, 40));
    }

    @Test
    void keepsPercentagesAndReappliesTheAppsWithTheNewResources() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        installations.install(admin.userId(), "lightstreamer", lightstreamer("scaled", 10));
        awaitResources(admin, "scaled", "400m", "819Mi");

        allocations.allocate(admin.userId(), admin.userId(), new AllocationRequest("2", "4096", "40"));

        awaitResources(admin, "scaled", "200m", "409Mi");
        assertThat(installations.appsOf(admin.userId())).singleElement().satisfies(app -> {
            assertThat(app.percent()).isEqualTo(10);
            assertThat(app.resources().cpuMillis()).isEqualTo(200);
            assertThat(app.resources().memoryMib()).isEqualTo(409);
        });
    }

    @Test
    void recordsEveryChangeWithWhoWhenBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));

        allocations.allocate(admin.userId(), bob.userId(), new AllocationRequest("1.5", "2048", "10"));

        var changes = history.changes(admin.team().id(), start, Instant.now().plusSeconds(1));
        assertThat(changes)
                .extracting(TeamChange::kind, TeamChange::member)
                .containsExactly(
                        tuple(TeamChangeKind.MEMBER_ADDED, admin.username()),
                        tuple(TeamChangeKind.ALLOCATION_CHANGED, admin.username()),
                        tuple(TeamChangeKind.MEMBER_ADDED, bob.username()),
                        tuple(TeamChangeKind.ALLOCATION_CHANGED, bob.username()));
        TeamChange last = changes.getLast();
        assertThat(last.actor()).isEqualTo(admin.username());
        assertThat(last.allocationBefore()).isEqualTo(new Allocation(2000, 4096, 20));
        assertThat(last.allocationAfter()).isEqualTo(new Allocation(1500, 2048, 10));
        assertThat(last.at()).isBetween(start, Instant.now());
        assertThat(changes.getFirst().allocationAfter()).isEqualTo(new Allocation(8000, 16384, 100));
        assertThat(changes.getFirst().allocationBefore()).isNull();
    }

    @Test
    void refusesMembersWhoCallTheAdminMethodsDirectly() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        AllocationRequest more = new AllocationRequest("4", "8192", "40");

        assertThatThrownBy(() -> allocations.allocate(bob.userId(), bob.userId(), more))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only a team admin can do this");
        assertThatThrownBy(() -> allocations.allocate(bob.userId(), admin.userId(), more))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(allocationOf(admin, bob)).isEqualTo(new Allocation(2000, 4096, 20));
        assertThat(allocationOf(admin, admin)).isEqualTo(new Allocation(4000, 8192, 40));
    }

    @Test
    void answersForeignAndMissingMembersAlike() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member other = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        AllocationRequest none = new AllocationRequest("0", "0", "0");

        Throwable foreign = catchThrowable(() -> allocations.allocate(admin.userId(), other.userId(), none));
        Throwable missing = catchThrowable(() -> allocations.allocate(admin.userId(), UUID.randomUUID(), none));

        assertThat(foreign).isInstanceOf(MemberNotFound.class).hasMessage(MemberNotFound.MESSAGE);
        assertThat(missing).isInstanceOf(MemberNotFound.class).hasMessage(foreign.getMessage());
        assertThat(allocationOf(other, other)).isEqualTo(new Allocation(4000, 8192, 40));
    }

    private AbstractStringAssert<?> assertRefused(
            Member admin, Member member, AllocationRequest request, TeamField field) {
        Throwable thrown = catchThrowable(() -> allocations.allocate(admin.userId(), member.userId(), request));
        assertThat(thrown).isInstanceOf(TeamRejected.class);
        return assertThat(((TeamRejected) thrown).messageFor(field).orElse(null))
                .as("message at %s", field);
    }

    private Allocation allocationOf(Member admin, Member member) {
        return members.member(admin.userId(), member.userId()).orElseThrow().allocation();
    }

    private void awaitResources(Member member, String app, String cpu, String memory) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Deployment deployment = kubernetes
                    .apps()
                    .deployments()
                    .inNamespace(member.team().namespace())
                    .withName(app)
                    .get();
            assertThat(deployment).isNotNull();
            ResourceRequirements resources = deployment
                    .getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .getFirst()
                    .getResources();
            assertThat(resources.getRequests())
                    .containsEntry("cpu", new Quantity(cpu))
                    .containsEntry("memory", new Quantity(memory));
            assertThat(resources.getLimits()).isEqualTo(resources.getRequests());
        });
    }
}
