package io.slipway.team;

/** The fields of the sign-up and team forms; {@link #FORM} is for what belongs to no single field. */
public enum TeamField {
    FORM,
    TEAM_NAME,
    USERNAME,
    PASSWORD,
    PASSWORD_REPEAT,
    CPU,
    MEMORY,
    STORAGE,
    /** The team's plan (tier): what stops a change of plan. */
    PLAN,
    /** The team's name, typed again to confirm that the team is deleted. */
    CONFIRMATION
}
