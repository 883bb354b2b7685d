package io.slipway.installation;

import io.slipway.plan.Allocation;
import io.slipway.plan.Resources;
import java.util.Optional;

/** Whether a member may give a new app {@code percent} of their allocation; the same rule for form and service. */
public final class Shares {

    private Shares() {}

    public static Optional<String> problem(
            Allocation allocation, int usedPercent, int percent, int minCpuMillis, int minMemoryMib) {
        if (allocation.isEmpty()) {
            return Optional.of("You have no allocation yet; ask your team admin for a share of the team's pool");
        }
        int left = 100 - usedPercent;
        if (percent > left) {
            return Optional.of("Only " + Math.max(0, left) + " % of your allocation is left"
                    + (left <= 0 ? "; delete an app to free some of it" : ""));
        }
        Resources share = allocation.share(percent);
        if (share.cpuMillis() < minCpuMillis || share.memoryMib() < minMemoryMib) {
            return Optional.of(percent + " % of your allocation is " + share.describe() + "; an app needs at least "
                    + minCpuMillis + " m CPU and " + minMemoryMib + " MiB");
        }
        return Optional.empty();
    }
}
