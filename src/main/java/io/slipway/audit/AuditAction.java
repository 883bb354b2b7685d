package io.slipway.audit;

/** What an audit log entry records. */
public enum AuditAction {
    APP_INSTALLED("Install"),
    APP_EDITED("Edit"),
    APP_STOPPED("Stop"),
    APP_STARTED("Start"),
    APP_RESTARTED("Restart"),
    APP_DELETED("Delete"),
    MEMBER_ADDED("Member added"),
    MEMBER_REMOVED("Member removed"),
    ROLE_CHANGED("Role change"),
    ALLOCATION_CHANGED("Allocation change"),
    PLAN_CHANGED("Plan change"),
    LOGIN_FAILED("Failed login");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
