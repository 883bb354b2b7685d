package io.slipway.installation;

import io.slipway.plan.Allocation;
import java.util.List;

/**
 * How a member's apps use their allocation, for the bars on My Apps: the newest apps one by one, the rest summed.
 *
 * @param moreApps how many older apps {@code apps} leaves out
 * @param morePercent the share those take together
 */
public record AllocationUse(Allocation allocation, List<AppSummary> apps, long moreApps, int morePercent) {

    public int usedPercent() {
        return apps.stream().mapToInt(AppSummary::percent).sum() + morePercent;
    }
}
