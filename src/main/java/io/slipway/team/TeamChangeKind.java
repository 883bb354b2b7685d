package io.slipway.team;

/** What a recorded team change was. */
public enum TeamChangeKind {
    /** A user joined the team (or created it), with a role and an allocation. */
    MEMBER_ADDED,
    /** A member left the team; their allocation went back to the pool. */
    MEMBER_REMOVED,
    /** A member became admin, or stopped being one. */
    ROLE_CHANGED,
    /** A member's allocation changed. */
    ALLOCATION_CHANGED
}
