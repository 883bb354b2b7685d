package io.slipway.team;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.installation.Settled;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.storage.Volumes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Volumes hold a team to what they need: no downgrade away from them, no storage allocation below them. */
@SlipwayTest
class VolumeFitTest {

    @Autowired
    TierChanges tiers;

    @Autowired
    Teams teams;

    @Autowired
    Allocations allocations;

    @Autowired
    TeamMembers members;

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Autowired
    Plans plans;

    @Autowired
    Fixtures fixtures;

    @Test
    void refusesADowngradeToAPlanWithoutVolumesNamingEachAttachedAndRetainedVolume() {
        Member alice = fixtures.newAdmin("premium", new Allocation(1000, 2048, 10));
        installWithVolume(alice, "shop", "Standard", 2);
        UUID old = installWithVolume(alice, "old", "Fast SSD", 3);
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), old, false);
        PlanSummary free = plans.byKey("free");

        TeamRejected rejected = catchThrowableOfType(TeamRejected.class, () -> tiers.change(alice.userId(), free.id()));

        assertThat(rejected.errors())
                .extracting(TeamFieldError::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Persistent volumes: the Free plan has none.")
                        .contains("the volume of shop (2 GiB Standard) of " + alice.username())
                        .contains("the volume of old (3 GiB Fast SSD, retained) of " + alice.username()));
        assertThat(teams.team(alice.team().id()).planId())
                .isEqualTo(plans.byKey("premium").id());
    }

    @Test
    void refusesADowngradeWhileRetainedVolumesAloneRemain() {
        Member alice = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        allocations.allocate(alice.userId(), alice.userId(), new Allocation(1000, 2048, 5));
        UUID app = installWithVolume(alice, "kept", "Standard", 1);
        Settled.awaitRunning(installations, alice.userId());
        installations.delete(alice.userId(), app, false);
        allocations.allocate(alice.userId(), alice.userId(), new Allocation(1000, 2048, 1));

        TeamRejected rejected = catchThrowableOfType(
                TeamRejected.class,
                () -> tiers.change(alice.userId(), plans.byKey("free").id()));

        assertThat(rejected.errors())
                .extracting(TeamFieldError::message)
                .anyMatch(message -> message.contains("the volume of kept (1 GiB Standard, retained)"));
    }

    @Test
    void refusesAStorageAllocationBelowWhatVolumesUseNamingThem() {
        Member alice = fixtures.newAdmin("premium", new Allocation(1000, 2048, 10));
        installWithVolume(alice, "shop", "Standard", 4);
        installWithVolume(alice, "blog", "Fast SSD", 2);

        TeamRejected rejected = catchThrowableOfType(
                TeamRejected.class,
                () -> allocations.allocate(alice.userId(), alice.userId(), new Allocation(1000, 2048, 5)));

        assertThat(rejected.messageFor(TeamField.STORAGE))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("the volume of blog (2 GiB Fast SSD)")
                        .contains("the volume of shop (4 GiB Standard)")
                        .contains("allocate at least 6 GiB"));
        allocations.allocate(alice.userId(), alice.userId(), new Allocation(1000, 2048, 6));
    }

    @Test
    void refusesToRemoveAMemberWhoStillHoldsARetainedVolume() {
        Member alice = fixtures.newAdmin("premium", new Allocation(1000, 2048, 10));
        Member bob = fixtures.newMember(alice.team(), new Allocation(1000, 2048, 5));
        UUID app = installWithVolume(bob, "notes", "Standard", 1);
        Settled.awaitRunning(installations, bob.userId());
        installations.delete(bob.userId(), app, false);

        TeamRejected rejected =
                catchThrowableOfType(TeamRejected.class, () -> members.remove(alice.userId(), bob.userId()));

        assertThat(rejected.getMessage()).contains("the volume of notes (1 GiB Standard, retained)");
        assertThat(teams.memberOf(bob.userId())).isPresent();
    }

    private UUID installWithVolume(Member member, String name, String type, int gib) {
        InstallRequest request = lightstreamer(name, 10);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType(type);
        request.setVolumeSizeGib(gib);
        request.setMountPath("/data");
        return installations.install(member.userId(), "lightstreamer", request);
    }
}
