package io.slipway.installation;

/** Who can reach an app. */
public enum Access {
    /** Reachable from outside: HTTP through a hostname, TCP through a node port. */
    PUBLIC,
    /** Reachable only from inside the team's namespace. */
    PRIVATE
}
