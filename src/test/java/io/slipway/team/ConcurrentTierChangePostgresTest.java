package io.slipway.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.PostgresTest;
import io.slipway.audit.AuditAction;
import io.slipway.audit.AuditFilter;
import io.slipway.audit.AuditLog;
import io.slipway.plan.Allocation;
import io.slipway.plan.PlanAdmin;
import io.slipway.plan.PlanRejected;
import io.slipway.plan.PlanRequest;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.plan.Pool;
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

/** Changes of plan racing allocation changes and plan edits, on real PostgreSQL: no team ends over its pool. */
class ConcurrentTierChangePostgresTest extends PostgresTest {

    private static final int ROUNDS = 6;

    @Autowired
    TierChanges tiers;

    @Autowired
    Allocations allocations;

    @Autowired
    PlanAdmin planAdmin;

    @Autowired
    Plans plans;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void neverLetsADowngradeAndAnAllocationBothPassAgainstTheOldPool() throws Exception {
        PlanSummary free = plans.byKey("free");
        for (int round = 0; round < ROUNDS; round++) {
            // The admin holds exactly the Free pool: the team fits Free until anyone gets more
            Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
            Member bob = fixtures.newMember(admin.team(), Allocation.NONE);

            List<Boolean> outcomes = race(
                    () -> accepted(() -> tiers.change(admin.userId(), free.id())),
                    () -> accepted(
                            () -> allocations.allocate(admin.userId(), bob.userId(), new Allocation(500, 512, 0))));

            assertThat(outcomes).containsOnlyOnce(true);
            assertWithinPool(admin);
        }
        Member last = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        assertThat(auditLog.entries(last.userId(), new AuditFilter(last.userId(), AuditAction.MEMBER_ADDED), 0, 5))
                .hasSize(1);
    }

    @Test
    void neverLetsAPlanShrinkUnderATeamMovingOntoIt() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            PlanSummary target = fixtures.newPlan(new Pool(4000, 8192, 0, 10), "20");
            Member admin = fixtures.newAdmin("premium", new Allocation(3000, 4096, 0));
            PlanRequest smaller = PlanRequest.of(target);
            smaller.setCpu("2000");

            List<Boolean> outcomes = race(
                    () -> accepted(() -> tiers.change(admin.userId(), target.id())),
                    () -> accepted(() -> planAdmin.update(fixtures.platformAdmin(), target.id(), smaller)));

            assertThat(outcomes).containsOnlyOnce(true);
            assertWithinPool(admin);
        }
    }

    private void assertWithinPool(Member admin) {
        Integer over = jdbc.queryForObject("""
                select sum(m.cpu_millis) - max(p.cpu_millis) from membership m
                join team t on t.id = m.team_id join plan p on p.id = t.plan_id
                where t.id = ?
                """, Integer.class, admin.team().id());
        assertThat(over).isLessThanOrEqualTo(0);
    }

    private static boolean accepted(Runnable change) {
        try {
            change.run();
            return true;
        } catch (TeamRejected | PlanRejected refused) {
            return false;
        }
    }

    @SafeVarargs
    private static List<Boolean> race(Callable<Boolean>... changes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(changes.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> futures = new ArrayList<>();
        for (Callable<Boolean> change : changes) {
            futures.add(pool.submit(() -> {
                start.await();
                return change.call();
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
