package io.slipway.team;

import io.slipway.plan.Allocation;
import java.util.UUID;

/**
 * One row of the Team page.
 *
 * @param usedPercent how much of the allocation the member's apps take
 */
public record TeamMember(UUID userId, String username, TeamRole role, Allocation allocation, int usedPercent) {

    public boolean isAdmin() {
        return role == TeamRole.ADMIN;
    }
}
