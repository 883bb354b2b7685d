package io.slipway.storage;

/** The install form's persistence fields that a volume problem can be shown at. */
public enum VolumeField {
    PERSISTENCE,
    TYPE,
    SIZE,
    MOUNT_PATH,
    RETAINED
}
