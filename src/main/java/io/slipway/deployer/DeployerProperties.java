package io.slipway.deployer;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code slipway.kubernetes.*}.
 *
 * @param mode {@code embedded}, {@code cluster}, or {@code auto}: cluster when one is configured, else embedded
 * @param retryInterval how long a failed apply waits before it is first tried again
 * @param maxRetryInterval the cap of the exponential backoff between tries
 * @param publicTraffic where outsiders' traffic to public apps comes from, for their network policies
 */
@ConfigurationProperties("slipway.kubernetes")
record DeployerProperties(
        @DefaultValue("auto") String mode,
        @DefaultValue Embedded embedded,
        @DefaultValue("10s") Duration retryInterval,
        @DefaultValue("5m") Duration maxRetryInterval,
        @DefaultValue LeaderElection leaderElection,
        @DefaultValue PublicTraffic publicTraffic) {

    /** @param port the embedded API server's port on loopback; 0 picks a free one */
    record Embedded(@DefaultValue("0") int port) {}

    /**
     * Leader election among Slipway replicas on a real cluster (the embedded one always has one leader).
     *
     * @param namespace where the Lease lives: Slipway's own namespace (application.properties reads
     *     {@code POD_NAMESPACE})
     * @param identity this replica's name in the Lease: the pod name ({@code HOSTNAME})
     */
    record LeaderElection(
            @DefaultValue("default") String namespace,
            @DefaultValue("slipway") String identity,
            @DefaultValue("15s") Duration leaseDuration,
            @DefaultValue("10s") Duration renewDeadline,
            @DefaultValue("2s") Duration retryPeriod) {}

    /**
     * Who may reach a public app. A public HTTP app is reached through the ingress controller, so only the
     * controller's pods are admitted; a public TCP app is reached on a NodePort from anywhere.
     *
     * @param ingressControllerNamespace the namespace of the ingress controller's pods (ingress-nginx by default;
     *     k3d's Traefik runs in kube-system)
     * @param tcpSources the address ranges admitted to public TCP apps
     */
    record PublicTraffic(
            @DefaultValue("ingress-nginx") String ingressControllerNamespace,
            @DefaultValue({"0.0.0.0/0", "::/0"}) List<String> tcpSources) {}

    boolean embeddedMode() {
        return ClusterDetection.embedded(mode);
    }

    /** How long to wait before try number {@code attempt + 1}: doubling from the retry interval, capped. */
    Duration backoff(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
        Duration delay = retryInterval.multipliedBy(factor);
        return delay.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : delay;
    }
}
