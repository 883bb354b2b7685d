package io.slipway.installation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slipway.apps.*}: where installed apps are reachable, and the smallest app the platform runs.
 *
 * @param domain public HTTP apps are served at {@code <app>-<team slug>.<domain>}
 * @param nodeHost the host that public TCP apps' node ports are opened on
 */
@ConfigurationProperties("slipway.apps")
public record AppsProperties(String domain, String nodeHost, int minCpuMillis, int minMemoryMib) {

    public String hostname(String appName, String teamSlug) {
        return appName + "-" + teamSlug + "." + domain;
    }
}
