/**
 * Demo teams and users for trying Slipway on a laptop: acme (Premium) with alice and bob, globex (Free) with
 * carol, and the platform admin. Only when {@code slipway.demo.enabled}; refused under the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.slipway.demo;
