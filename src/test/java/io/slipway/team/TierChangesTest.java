package io.slipway.team;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class TierChangesTest {

    @Autowired
    TierChanges tiers;

    @Autowired
    Teams teams;

    @Autowired
    Plans plans;

    @Autowired
    Allocations allocations;

    @Autowired
    TeamHistory history;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Test
    void upgradesAtOnceAndTheNamespaceQuotaFollows() {
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        PlanSummary premium = plans.byKey("premium");

        tiers.change(admin.userId(), premium.id());

        assertThat(teams.team(admin.team().id()).planId()).isEqualTo(premium.id());
        assertThat(allocations.poolOf(admin.userId()).pool()).isEqualTo(premium.pool());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(quotaCpu(admin)).isEqualByComparingTo("8"));
    }

    @Test
    void offersEveryPlanSayingWhichAreUpgradesAndWhatToChangeFirst() {
        Member admin = fixtures.newAdmin("premium", new Allocation(4000, 8192, 40));

        TierOptions options = tiers.options(admin.userId());

        assertThat(options.current().key()).isEqualTo("premium");
        TierOption free = option(options, "free");
        assertThat(free.upgrade()).isFalse();
        assertThat(free.fits()).isFalse();
        assertThat(free.toChangeFirst()).anySatisfy(m -> assertThat(m).startsWith("CPU:"));
        assertThat(option(options, "premium").current()).isTrue();
    }

    @Test
    void refusesADowngradeTheTeamDoesNotFitListingEachThingToChange() {
        Member admin = fixtures.newAdmin("premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        for (int i = 1; i <= 4; i++) {
            installations.install(bob.userId(), "lightstreamer", lightstreamer("app" + i, 10));
        }
        PlanSummary premium = plans.byKey("premium");

        TeamRejected rejected = catchThrowableOfType(
                TeamRejected.class,
                () -> tiers.change(admin.userId(), plans.byKey("free").id()));

        assertThat(rejected.errors()).extracting(TeamFieldError::field).containsOnly(TeamField.PLAN);
        assertThat(rejected.errors())
                .extracting(TeamFieldError::message)
                .containsExactly(
                        "CPU: your members hold 6 cores; the Free plan has 1 core. Lower the allocations of "
                                + admin.username() + " (4 cores), " + bob.username() + " (2 cores) by 5 cores in all.",
                        "Memory: your members hold 12288 MiB; the Free plan has 2048 MiB. Lower the allocations of "
                                + admin.username() + " (8192 MiB), " + bob.username()
                                + " (4096 MiB) by 10240 MiB in all.",
                        "Storage: the Free plan has no volume storage. Set the storage of " + admin.username()
                                + " (40 GiB), " + bob.username() + " (20 GiB) to 0.",
                        "Apps: your team has 4 apps; the Free plan allows 3. Delete 1 of them: app1 ("
                                + bob.username() + "), app2 (" + bob.username() + "), app3 (" + bob.username()
                                + "), app4 (" + bob.username() + ").");
        assertThat(teams.team(admin.team().id()).planId()).isEqualTo(premium.id());
        assertThat(history.planChanges(
                        admin.team().id(), Instant.EPOCH, Instant.now().plusSeconds(1)))
                .hasSize(1);
    }

    @Test
    void downgradesOnceTheTeamFits() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));

        tiers.change(admin.userId(), plans.byKey("free").id());

        assertThat(teams.team(admin.team().id()).planId())
                .isEqualTo(plans.byKey("free").id());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(quotaCpu(admin)).isEqualByComparingTo("1"));
    }

    @Test
    void recordsEveryPlanChangeWithWhoWhenBeforeAndAfter() {
        Instant start = Instant.now();
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));
        PlanSummary premium = plans.byKey("premium");
        PlanSummary free = plans.byKey("free");

        tiers.change(admin.userId(), premium.id());
        tiers.change(admin.userId(), free.id());

        List<TeamPlanChange> changes =
                history.planChanges(admin.team().id(), start, Instant.now().plusSeconds(1));
        assertThat(changes).extracting(TeamPlanChange::planBefore).containsExactly(null, "Free", "Premium");
        assertThat(changes).extracting(TeamPlanChange::planAfter).containsExactly("Free", "Premium", "Free");
        assertThat(changes).extracting(TeamPlanChange::actor).containsOnly(admin.username());
        assertThat(changes)
                .extracting(TeamPlanChange::at)
                .isSorted()
                .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(start));
    }

    @Test
    void refusesMembersWhoCallTheServiceDirectly() {
        Member admin = fixtures.newAdmin("free", new Allocation(500, 1024, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        PlanSummary premium = plans.byKey("premium");

        assertThatThrownBy(() -> tiers.change(bob.userId(), premium.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tiers.options(bob.userId())).isInstanceOf(AccessDeniedException.class);
        assertThat(teams.team(admin.team().id()).planId())
                .isEqualTo(plans.byKey("free").id());
    }

    @Test
    void refusesAPlanThatDoesNotExist() {
        Member admin = fixtures.newAdmin("free", new Allocation(500, 1024, 0));

        assertThat(catchThrowableOfType(
                                TeamRejected.class, () -> tiers.change(admin.userId(), java.util.UUID.randomUUID()))
                        .messageFor(TeamField.PLAN))
                .hasValue("This plan does not exist");
    }

    private static TierOption option(TierOptions options, String key) {
        return options.plans().stream()
                .filter(option -> option.plan().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The quota's CPU limit, or null while the team's namespace objects are not applied yet. */
    private BigDecimal quotaCpu(Member member) {
        ResourceQuota quota = kubernetes
                .resourceQuotas()
                .inNamespace(member.team().namespace())
                .withName("slipway-quota")
                .get();
        return quota == null
                ? null
                : Quantity.getAmountInBytes(quota.getSpec().getHard().get("limits.cpu"));
    }
}
