package io.slipway.installation;

/** What happens to an app's data when it restarts. Persistent volumes for Premium teams come with issue #5. */
public enum Persistence {
    /** An emptyDir at the catalog entry's mount path: data is lost when the app restarts. */
    EPHEMERAL("Ephemeral");

    private final String label;

    Persistence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
