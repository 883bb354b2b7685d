package io.slipway.team.ui;

import io.slipway.plan.Allocation;
import io.slipway.plan.Pool;
import io.slipway.plan.Resources;

/** Allocations and pools as the Team page writes them: "2 cores CPU · 4096 MiB · 20 GiB". */
final class TeamFigures {

    private TeamFigures() {}

    static String describe(Allocation allocation) {
        return new Resources(allocation.cpuMillis(), allocation.memoryMib()).describe() + " · "
                + allocation.storageGib() + " GiB";
    }

    static String describe(Pool pool) {
        return describe(new Allocation(pool.cpuMillis(), pool.memoryMib(), pool.storageGib()));
    }

    static String cpu(Allocation allocation) {
        return Resources.formatCpu(allocation.cpuMillis());
    }
}
