package io.slipway.installation;

/** What happens to an app's data when it restarts. */
public enum Persistence {
    /** An emptyDir at the catalog entry's mount path: data is lost when the app restarts. */
    EPHEMERAL("Ephemeral"),
    /** A PersistentVolumeClaim of a volume type's StorageClass, Premium only: new, or a retained one taken over. */
    VOLUME("Persistent volume");

    private final String label;

    Persistence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
