package io.slipway.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.PostgresTest;
import io.slipway.plan.Allocation;
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

/** Two admins of one team change allocations and add members at the same moment, on real PostgreSQL. */
class ConcurrentAllocationPostgresTest extends PostgresTest {

    private static final AllocationRequest THREE_CORES = new AllocationRequest("3", "2048", "10");

    @Autowired
    Allocations allocations;

    @Autowired
    TeamMembers members;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void neverLetsConcurrentEditsOversubscribeThePool() throws Exception {
        Member first = fixtures.newAdmin("Premium", Allocation.NONE);
        Member second = fixtures.newMember(first.team(), Allocation.NONE);
        members.changeRole(first.userId(), second.userId(), TeamRole.ADMIN);
        List<Callable<Boolean>> edits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Member target = fixtures.newMember(first.team(), Allocation.NONE);
            Member admin = i % 2 == 0 ? first : second;
            edits.add(() -> accepted(() -> allocations.allocate(admin.userId(), target.userId(), THREE_CORES)));
        }
        for (int i = 0; i < 4; i++) {
            Member admin = i % 2 == 0 ? second : first;
            String username = "racer" + i + "x" + System.nanoTime() % 100000;
            edits.add(() -> accepted(() -> members.addNewAccount(admin.userId(), username, THREE_CORES)));
        }

        List<Boolean> outcomes = race(edits);

        // 8000 m CPU in the Premium pool: two members with 3 cores fit, a third would not
        assertThat(outcomes).filteredOn(accepted -> accepted).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select sum(cpu_millis) from membership where team_id = ?",
                        Integer.class,
                        first.team().id()))
                .isEqualTo(6000);
        assertThat(allocations.poolOf(first.userId()).free().cpuMillis()).isEqualTo(2000);
    }

    private static boolean accepted(Runnable edit) {
        try {
            edit.run();
            return true;
        } catch (TeamRejected rejected) {
            assertThat(rejected.messageFor(TeamField.CPU))
                    .hasValueSatisfying(m -> assertThat(m).startsWith("Above the pool"));
            return false;
        }
    }

    private static List<Boolean> race(List<Callable<Boolean>> edits) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(edits.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (Callable<Boolean> edit : edits) {
            futures.add(pool.submit(() -> {
                start.await();
                return edit.call();
            }));
        }
        start.countDown();
        List<Boolean> outcomes = new ArrayList<>();
        for (Future<Boolean> future : futures) {
            outcomes.add(future.get());
        }
        pool.shutdown();
        return outcomes;
    }
}
