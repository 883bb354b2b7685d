package io.slipway.help;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slipway.help.*}: where the community lives. */
@ConfigurationProperties("slipway.help")
public record HelpProperties(String slackUrl, String youtubeUrl) {}
