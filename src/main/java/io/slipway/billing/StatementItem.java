package io.slipway.billing;

/** What a statement line is for. */
public enum StatementItem {
    /** Time on a plan, at its monthly price prorated. */
    PLAN("Plan", "days"),
    /** A member's allocated CPU over time. */
    CPU("CPU", "core-hours"),
    /** A member's allocated memory over time. */
    MEMORY("Memory", "GiB-hours"),
    /** A member's allocated volume storage over time. */
    STORAGE("Storage", "GiB-hours");

    private final String label;
    private final String unit;

    StatementItem(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
