package io.slipway.catalog;

/** A catalog entry as the platform admin's list shows it, hidden ones too. */
public record CatalogListing(CatalogItem item, boolean hidden) {}
