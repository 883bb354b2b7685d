package io.slipway.plan;

/** The fields of the plan form; {@link #FORM} is for what belongs to no single field. */
public enum PlanField {
    FORM,
    NAME,
    CPU,
    MEMORY,
    STORAGE,
    MAX_APPS,
    VOLUME_TYPES,
    PRICE
}
