package io.slipway.installation;

import io.slipway.plan.Allocation;
import java.util.Optional;
import java.util.UUID;

/**
 * What the install form needs to know about the installing member.
 *
 * @param usedPercent how much of the allocation the member's apps take already
 * @param premium whether the team's plan offers persistent volumes
 */
public record InstallContext(
        UUID teamId, String teamSlug, Allocation allocation, int usedPercent, boolean premium, AppsProperties apps) {

    public int leftPercent() {
        return Math.max(0, 100 - usedPercent);
    }

    public Optional<String> shareProblem(int percent) {
        return Shares.problem(allocation, usedPercent, percent, apps.minCpuMillis(), apps.minMemoryMib());
    }
}
