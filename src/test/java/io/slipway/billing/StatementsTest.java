package io.slipway.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.plan.Allocation;
import io.slipway.plan.Plans;
import io.slipway.team.Allocations;
import io.slipway.team.TeamHistory;
import io.slipway.team.TeamPlanChange;
import io.slipway.team.TierChanges;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@SlipwayTest
class StatementsTest {

    @Autowired
    Statements statements;

    @Autowired
    TierChanges tiers;

    @Autowired
    Allocations allocations;

    @Autowired
    TeamHistory history;

    @Autowired
    Plans plans;

    @Autowired
    Fixtures fixtures;

    @Test
    void billsThisMonthFromTheRecordedPlanAndAllocationChanges() {
        Member admin = fixtures.newAdmin("free", new Allocation(500, 1024, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(500, 1024, 0));
        tiers.change(admin.userId(), plans.byKey("premium").id());
        allocations.allocate(admin.userId(), bob.userId(), new Allocation(2000, 4096, 10));
        YearMonth month = statements.currentMonth();

        Statement statement = statements.statement(admin.userId(), month);

        TeamPlanChange upgrade = history.planChanges(
                        admin.team().id(), Instant.EPOCH, Instant.now().plusSeconds(1))
                .getLast();
        assertThat(statement.lines().stream().filter(line -> line.item() == StatementItem.PLAN))
                .extracting(StatementLine::description, StatementLine::to)
                .containsExactly(
                        tuple("Free plan at 0.00 per month", upgrade.at()),
                        tuple("Premium plan at 49.00 per month", statement.to()));
        assertThat(statement.lines())
                .filteredOn(line -> line.item() != StatementItem.PLAN)
                .extracting(StatementLine::member, StatementLine::item)
                .containsExactly(
                        tuple(admin.username(), StatementItem.CPU),
                        tuple(admin.username(), StatementItem.MEMORY),
                        tuple(bob.username(), StatementItem.CPU),
                        tuple(bob.username(), StatementItem.MEMORY),
                        tuple(bob.username(), StatementItem.STORAGE));
        assertThat(statement.total())
                .isEqualByComparingTo(statement.lines().get(1).amount());
        assertThat(statements.months(admin.userId())).first().isEqualTo(month);
    }

    @Test
    void writesTheStatementAsCsvWithOneLinePerItem() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        YearMonth month = statements.currentMonth();

        StatementFile file = statements.csv(admin.userId(), month);

        List<String> lines = List.of(file.content().split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo(StatementCsv.HEADER);
        assertThat(lines)
                .hasSize(1 + statements.statement(admin.userId(), month).lines().size());
        assertThat(lines.get(1)).startsWith("Plan,Premium plan at 49.00 per month,,");
        assertThat(file.fileName()).isEqualTo("slipway-" + admin.team().slug() + "-" + month + ".csv");
    }

    @Test
    void refusesMembersWhoCallTheServiceDirectly() {
        Member admin = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        YearMonth month = statements.currentMonth();

        assertThatThrownBy(() -> statements.statement(bob.userId(), month)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.csv(bob.userId(), month)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statements.months(bob.userId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void showsAnAdminTheirOwnTeamOnlyNeverAnotherOne() {
        Member acme = fixtures.newAdmin("premium", new Allocation(1000, 2048, 0));
        Member globex = fixtures.newAdmin("premium", new Allocation(3000, 2048, 0));
        Member globexMember = fixtures.newMember(globex.team(), new Allocation(1000, 1024, 0));

        Statement statement = statements.statement(acme.userId(), statements.currentMonth());

        assertThat(statement.team()).isEqualTo(acme.team().name());
        assertThat(statement.lines())
                .extracting(StatementLine::member)
                .doesNotContain(globex.username(), globexMember.username())
                .contains(acme.username());
    }

    @Test
    void refusesAMonthThatHasNotBegun() {
        Member admin = fixtures.newAdmin("free", new Allocation(1000, 2048, 0));

        assertThatThrownBy(() -> statements.statement(
                        admin.userId(), statements.currentMonth().plusMonths(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
