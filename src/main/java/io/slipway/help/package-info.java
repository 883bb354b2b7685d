/**
 * Help: the FAQ page and the community links (Slack, YouTube), configured in {@code slipway.help.*}.
 *
 * <p>Other modules link to FAQ entries through {@link io.slipway.help.Faq}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Help")
package io.slipway.help;
