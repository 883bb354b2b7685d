package io.slipway.team;

/** A member's role in their team. */
public enum TeamRole {
    /** Manages members, allocations, the plan and every app of the team. */
    ADMIN,
    /** Installs and manages their own apps within their allocation. */
    MEMBER
}
