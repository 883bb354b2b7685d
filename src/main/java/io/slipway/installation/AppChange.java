package io.slipway.installation;

/** What a user did to an existing app. */
public enum AppChange {
    EDITED,
    STOPPED,
    STARTED,
    RESTARTED,
    DELETED
}
