package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Pool;
import java.util.List;
import java.util.UUID;

/**
 * A team with its plan and members as the current transaction read them. From {@link TeamAccess#lockAsAdmin} the
 * team row is locked and the members were read after the lock, so changes happen one at a time per team.
 */
record TeamState(Team team, PlanSummary plan, List<Membership> memberships) {

    UUID id() {
        return team.getId();
    }

    Pool pool() {
        return plan.pool();
    }

    /** A member of this team; the same refusal for a member of another team and for an unknown id. */
    Membership member(UUID userId) {
        return memberships.stream()
                .filter(m -> m.getUserId().equals(userId))
                .findFirst()
                .orElseThrow(MemberNotFound::new);
    }

    long adminCount() {
        return memberships.stream().filter(m -> m.getRole() == TeamRole.ADMIN).count();
    }

    /** The sum of the allocations of everyone but {@code userId}. */
    Allocation assignedToOthers(UUID userId) {
        return sum(
                memberships.stream().filter(m -> !m.getUserId().equals(userId)).toList());
    }

    Allocation assigned() {
        return sum(memberships);
    }

    private static Allocation sum(List<Membership> members) {
        return new Allocation(
                members.stream().mapToInt(m -> m.allocation().cpuMillis()).sum(),
                members.stream().mapToInt(m -> m.allocation().memoryMib()).sum(),
                members.stream().mapToInt(m -> m.allocation().storageGib()).sum());
    }
}
