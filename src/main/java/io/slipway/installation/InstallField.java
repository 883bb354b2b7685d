package io.slipway.installation;

/** The install form's fields, in the form's order; {@link #FORM} is for what belongs to no single field. */
public enum InstallField {
    FORM,
    IMAGE,
    REGISTRY_USER,
    REGISTRY_TOKEN,
    NAME,
    TAG,
    PERCENT,
    PROTOCOL,
    PORT,
    ENV,
    WORKING_DIR,
    ACCESS,
    PERSISTENCE,
    VOLUME_TYPE,
    VOLUME_SIZE,
    MOUNT_PATH,
    RETAINED_VOLUME
}
