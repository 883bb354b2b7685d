package io.slipway.catalog;

/** The fields of a catalog entry a platform admin fills in; each refusal names one. */
public enum CatalogField {
    ID,
    NAME,
    DESCRIPTION,
    CATEGORY,
    IMAGE,
    TAGS,
    PORT,
    PROTOCOL,
    DATA_MOUNT_PATH,
    HEALTH_PATH,
    DOCS_URL,
    RUN_AS_USER,
    ENV_HINTS
}
