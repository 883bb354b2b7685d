package io.slipway.installation;

/** Where an app is in its life, as a person would say it. */
public enum InstallationStatus {
    WAITING_FOR_CLUSTER("Waiting for cluster"),
    PENDING("Pending"),
    STARTING("Starting"),
    RUNNING("Running"),
    STOPPED("Stopped"),
    FAILED("Failed");

    private final String label;

    InstallationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
