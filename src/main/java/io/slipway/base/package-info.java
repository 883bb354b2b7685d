/**
 * What every feature shares: the application shell, the main layout and small UI helpers.
 *
 * <p>Depends on no other Slipway module; features plug into the header through {@link io.slipway.base.ui.HeaderItem}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package io.slipway.base;
