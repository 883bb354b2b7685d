package io.slipway.storage;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.PostgresTest;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.plan.Allocation;
import io.slipway.team.Allocations;
import io.slipway.team.TeamRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Volume sizes reserved by racing installs on real PostgreSQL: no member's storage allocation is oversubscribed. */
class ConcurrentVolumePostgresTest extends PostgresTest {

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Autowired
    Allocations allocations;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void letsExactlyAsManyRacingVolumesThroughAsTheStorageAllocationHasRoomFor() throws Exception {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 10));

        List<Callable<String>> racers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            racers.add(install(member, "racer-" + i, 3));
        }
        List<String> outcomes = race(racers);

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(3);
        assertThat(outcomes)
                .filteredOn(outcome -> !outcome.equals("accepted"))
                .hasSize(9)
                .allSatisfy(outcome -> assertThat(outcome).startsWith("Only 1 GiB of your storage allocation is left"));
        assertThat(volumes.usedGib(member.userId())).isEqualTo(9);
    }

    @Test
    void neverLeavesMoreVolumeThanStorageWhenInstallsRaceAnAdminLoweringTheAllocation() throws Exception {
        for (int round = 0; round < 5; round++) {
            Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 20));
            Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 12));

            List<Callable<String>> racers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                racers.add(install(bob, "bob-" + i, 2));
                racers.add(install(admin, "admin-" + i, 4));
            }
            racers.add(() -> {
                try {
                    allocations.allocate(admin.userId(), bob.userId(), new Allocation(2000, 4096, 4));
                    return "lowered";
                } catch (TeamRejected rejected) {
                    return "kept";
                }
            });
            race(racers);

            for (Member member : List.of(admin, bob)) {
                assertThat(volumes.usedGib(member.userId()))
                        .as("round %d: volumes of %s within their storage allocation", round, member.username())
                        .isLessThanOrEqualTo(storageOf(member));
            }
            assertThat(storageOf(admin) + storageOf(bob)).as("the pool").isLessThanOrEqualTo(100);
        }
    }

    private Callable<String> install(Member member, String name, int gib) {
        return () -> {
            InstallRequest request = lightstreamer(name, 2);
            request.setPersistence(Persistence.VOLUME);
            request.setVolumeType("Standard");
            request.setVolumeSizeGib(gib);
            request.setMountPath("/data");
            try {
                installations.install(member.userId(), "lightstreamer", request);
                return "accepted";
            } catch (InstallRejected rejected) {
                return rejected.messageFor(InstallField.VOLUME_SIZE).orElse(rejected.getMessage());
            }
        };
    }

    private int storageOf(Member member) {
        return jdbc.queryForObject(
                "select storage_gib from membership where user_id = ?", Integer.class, member.userId());
    }

    private static List<String> race(List<Callable<String>> racers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> racer : racers) {
            futures.add(pool.submit(() -> {
                start.await();
                return racer.call();
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        return outcomes;
    }
}
