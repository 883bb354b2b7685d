package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.Pool;
import io.slipway.plan.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Whether one member's allocation fits the pool beside everyone else's; the same rule for form and service. */
public final class PoolFit {

    private PoolFit() {}

    /**
     * What stops {@code wanted} from fitting, field by field.
     *
     * @param memberId the member who would hold it; null for a member who is not in the team yet
     */
    static List<TeamFieldError> problems(TeamState team, UUID memberId, Allocation wanted) {
        return problems(team.plan().name(), team.pool(), team.assignedToOthers(memberId), wanted);
    }

    /**
     * What stops {@code wanted} from fitting, field by field.
     *
     * @param others what the other members of the team hold
     */
    public static List<TeamFieldError> problems(String planName, Pool pool, Allocation others, Allocation wanted) {
        List<TeamFieldError> errors = new ArrayList<>();
        if (wanted.cpuMillis() > pool.cpuMillis() - others.cpuMillis()) {
            errors.add(new TeamFieldError(
                    TeamField.CPU,
                    tooMuch(
                            Resources.formatCpu(pool.cpuMillis()),
                            Resources.formatCpu(others.cpuMillis()),
                            Resources.formatCpu(Math.max(0, pool.cpuMillis() - others.cpuMillis())))));
        }
        if (wanted.memoryMib() > pool.memoryMib() - others.memoryMib()) {
            errors.add(new TeamFieldError(
                    TeamField.MEMORY,
                    tooMuch(
                            pool.memoryMib() + " MiB",
                            others.memoryMib() + " MiB",
                            Math.max(0, pool.memoryMib() - others.memoryMib()) + " MiB")));
        }
        if (wanted.storageGib() > 0 && pool.storageGib() == 0) {
            errors.add(new TeamFieldError(
                    TeamField.STORAGE, "The " + planName + " plan has no volume storage; leave storage at 0"));
        } else if (wanted.storageGib() > pool.storageGib() - others.storageGib()) {
            errors.add(new TeamFieldError(
                    TeamField.STORAGE,
                    tooMuch(
                            pool.storageGib() + " GiB",
                            others.storageGib() + " GiB",
                            Math.max(0, pool.storageGib() - others.storageGib()) + " GiB")));
        }
        return errors;
    }

    private static String tooMuch(String pool, String others, String free) {
        return "Above the pool: it has " + pool + ", the other members hold " + others + ", so at most " + free
                + " is free";
    }
}
