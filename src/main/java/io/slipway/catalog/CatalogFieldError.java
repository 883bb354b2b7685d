package io.slipway.catalog;

/** A message for the platform admin, shown next to the field of the catalog entry form that caused it. */
public record CatalogFieldError(CatalogField field, String message) {}
