package io.slipway.team;

import io.slipway.plan.Allocation;
import java.util.UUID;

/** A user as a member of their team: the team, their role and their allocation out of its pool. */
public record Member(UUID userId, TeamSummary team, TeamRole role, Allocation allocation) {

    public boolean isAdmin() {
        return role == TeamRole.ADMIN;
    }
}
