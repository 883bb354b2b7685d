package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class PlanAdminTest {

    @Autowired
    PlanAdmin planAdmin;

    @Autowired
    Plans plans;

    @Autowired
    Fixtures fixtures;

    @Autowired
    KubernetesClient kubernetes;

    @Test
    void seedsFreeAndPremiumFromConfigurationWithTheirVolumeTypes() {
        PlanSummary free = plans.byKey("free");
        PlanSummary premium = plans.byKey("premium");

        assertThat(free.pool()).isEqualTo(new Pool(1000, 2048, 0, 3));
        assertThat(free.volumeTypes()).isEmpty();
        assertThat(free.monthlyPrice()).isEqualByComparingTo("0");
        assertThat(premium.pool()).isEqualTo(new Pool(8000, 16384, 100, 50));
        assertThat(premium.volumeTypes()).containsExactly("Fast SSD", "Standard");
        assertThat(premium.offersVolumes()).isTrue();
        assertThat(plans.revisions(premium.id())).first().satisfies(seed -> {
            assertThat(seed.actorId()).isNull();
            assertThat(seed.monthlyPrice()).isEqualByComparingTo("49");
        });
    }

    @Test
    void changesAPlanAndRecordsWhoChangedItWhenAndToWhat() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 10, 5), "10");
        PlanRequest request = PlanRequest.of(plan);
        request.setName(plan.name() + " Plus");
        request.setPrice("12.50");
        request.setVolumeTypes(Set.of("Standard", "Fast SSD"));

        planAdmin.update(fixtures.platformAdmin(), plan.id(), request);

        PlanSummary changed = plans.byKey(plan.key());
        assertThat(changed.name()).isEqualTo(plan.name() + " Plus");
        assertThat(changed.monthlyPrice()).isEqualByComparingTo("12.50");
        assertThat(changed.volumeTypes()).containsExactly("Fast SSD", "Standard");
        assertThat(plans.revisions(plan.id()))
                .extracting(PlanRevision::monthlyPrice, PlanRevision::actorId)
                .containsExactly(
                        tuple(new BigDecimal("10.00"), fixtures.platformAdmin()),
                        tuple(new BigDecimal("12.50"), fixtures.platformAdmin()));
    }

    @Test
    void refusesBadInputAtTheFieldAndSavesNothing() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 0, 5), "10");
        PlanRequest request = PlanRequest.of(plan);
        request.setPrice("-1");
        request.setCpu("two cores");
        request.setMemory("-512");

        PlanRejected rejected = catchThrowableOfType(
                PlanRejected.class, () -> planAdmin.update(fixtures.platformAdmin(), plan.id(), request));

        assertThat(rejected.messageFor(PlanField.PRICE)).hasValue("A price cannot be negative");
        assertThat(rejected.messageFor(PlanField.CPU))
                .hasValue("Enter a whole number: CPU in millicores, e.g. 8000 for 8 cores");
        assertThat(rejected.messageFor(PlanField.MEMORY)).hasValue("Cannot be negative");
        assertThat(plans.byId(plan.id())).isEqualTo(plan);
        assertThat(plans.revisions(plan.id())).hasSize(1);
    }

    @Test
    void refusesANameAnotherPlanHas() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 0, 5), "10");
        PlanRequest request = PlanRequest.of(plan);
        request.setName("premium");

        assertThat(catchThrowableOfType(
                                PlanRejected.class,
                                () -> planAdmin.update(fixtures.platformAdmin(), plan.id(), request))
                        .messageFor(PlanField.NAME))
                .hasValue("Another plan has this name");
    }

    @Test
    void refusesToShrinkAPlanBelowWhatATeamOnItHolds() {
        PlanSummary plan = fixtures.newPlan(new Pool(4000, 8192, 20, 5), "10");
        Member admin = fixtures.newAdmin(plan.key(), new Allocation(3000, 4096, 10));
        PlanRequest request = PlanRequest.of(plan);
        request.setCpu("2000");
        request.setStorage("0");
        request.setVolumeTypes(Set.of());

        PlanRejected rejected = catchThrowableOfType(
                PlanRejected.class, () -> planAdmin.update(fixtures.platformAdmin(), plan.id(), request));

        assertThat(rejected.messageFor(PlanField.CPU))
                .hasValueSatisfying(m -> assertThat(m).contains(admin.team().slug() + ": members hold 3 cores"));
        assertThat(rejected.messageFor(PlanField.STORAGE))
                .hasValueSatisfying(m -> assertThat(m).contains(admin.team().slug() + ": members hold 10 GiB"));
        assertThat(plans.byId(plan.id()).pool()).isEqualTo(new Pool(4000, 8192, 20, 5));
    }

    @Test
    void growsTheQuotaOfEveryTeamOnAPlanThatGrows() {
        PlanSummary plan = fixtures.newPlan(new Pool(2000, 4096, 0, 5), "10");
        Member admin = fixtures.newAdmin(plan.key(), new Allocation(2000, 4096, 0));
        PlanRequest request = PlanRequest.of(plan);
        request.setCpu("3000");

        planAdmin.update(fixtures.platformAdmin(), plan.id(), request);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(quotaCpu(admin)).isEqualByComparingTo("3"));
    }

    @Test
    void refusesEveryoneButPlatformAdmins() {
        Member teamAdmin = fixtures.newAdmin("premium", new Allocation(1000, 1024, 0));
        PlanSummary premium = plans.byKey("premium");
        PlanRequest cheaper = PlanRequest.of(premium);
        cheaper.setPrice("0");

        assertThatThrownBy(() -> planAdmin.update(teamAdmin.userId(), premium.id(), cheaper))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planAdmin.create(teamAdmin.userId(), cheaper))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> planAdmin.plans(teamAdmin.userId())).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.byKey("premium").monthlyPrice()).isEqualByComparingTo("49");
    }

    private BigDecimal quotaCpu(Member member) {
        ResourceQuota quota = kubernetes
                .resourceQuotas()
                .inNamespace(member.team().namespace())
                .withName("slipway-quota")
                .get();
        return Quantity.getAmountInBytes(quota.getSpec().getHard().get("limits.cpu"));
    }
}
