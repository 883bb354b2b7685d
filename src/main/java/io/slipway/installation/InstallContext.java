package io.slipway.installation;

import io.slipway.plan.Allocation;
import io.slipway.storage.VolumeOptions;
import java.util.Optional;
import java.util.UUID;

/**
 * What the install form needs to know about the installing member.
 *
 * @param usedPercent how much of the allocation the member's apps take already
 * @param premium whether the team's plan offers persistent volumes
 * @param volumes the volume types, storage left and retained volumes the member may choose from
 */
public record InstallContext(
        UUID teamId,
        String teamSlug,
        Allocation allocation,
        int usedPercent,
        boolean premium,
        AppsProperties apps,
        VolumeOptions volumes) {

    public int leftPercent() {
        return Math.max(0, 100 - usedPercent);
    }

    public Optional<String> shareProblem(int percent) {
        return Shares.problem(allocation, usedPercent, percent, apps.minCpuMillis(), apps.minMemoryMib());
    }
}
