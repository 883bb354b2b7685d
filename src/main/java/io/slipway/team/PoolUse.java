package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.Pool;

/**
 * A team's pool, what of it is allocated to members, and what is free.
 *
 * @param planName the plan that gives the pool
 * @param assigned the sum of the members' allocations
 */
public record PoolUse(String planName, Pool pool, Allocation assigned) {

    public Allocation free() {
        return new Allocation(
                Math.max(0, pool.cpuMillis() - assigned.cpuMillis()),
                Math.max(0, pool.memoryMib() - assigned.memoryMib()),
                Math.max(0, pool.storageGib() - assigned.storageGib()));
    }

    /** What the members other than one holding {@code allocation} hold together. */
    public Allocation heldByOthersThan(Allocation allocation) {
        return new Allocation(
                Math.max(0, assigned.cpuMillis() - allocation.cpuMillis()),
                Math.max(0, assigned.memoryMib() - allocation.memoryMib()),
                Math.max(0, assigned.storageGib() - allocation.storageGib()));
    }

    public boolean offersStorage() {
        return pool.storageGib() > 0;
    }
}
