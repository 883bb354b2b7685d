/**
 * The catalog of container apps a member can install: image, the tags a user may pick, port and protocol,
 * suggested env vars, mount and health paths. Seeded from {@code catalog/seed.json}.
 *
 * <p>Knows nothing about teams or installations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package io.slipway.catalog;
