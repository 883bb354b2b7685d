package io.slipway.plan;

/**
 * A member's allocation out of the team's pool. Apps are sized as a whole percentage of it.
 */
public record Allocation(int cpuMillis, int memoryMib, int storageGib) {

    public static final Allocation NONE = new Allocation(0, 0, 0);

    public Allocation {
        if (cpuMillis < 0 || memoryMib < 0 || storageGib < 0) {
            throw new IllegalArgumentException("An allocation cannot be negative");
        }
    }

    public boolean isEmpty() {
        return cpuMillis == 0 && memoryMib == 0;
    }

    /** The absolute resources that {@code percent} % of this allocation means, rounded down to whole units. */
    public Resources share(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("A share is 0 to 100 %, not " + percent);
        }
        return new Resources((int) ((long) cpuMillis * percent / 100), (int) ((long) memoryMib * percent / 100));
    }
}
