package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.installation.AppDiagnostics;
import io.slipway.installation.AppEvent;
import io.slipway.installation.AppRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads an app's log and events from the cluster when a user asks for them. The pod comes from the informer's
 * cache; the log and the events are one request each.
 */
@Component
class ClusterDiagnostics implements AppDiagnostics {

    private static final int MAX_EVENTS = 100;

    /** Kubernetes event reasons in the words My Apps uses. */
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("Scheduled", "Placed on a node"),
            Map.entry("Pulling", "Pulling the image"),
            Map.entry("Pulled", "Image ready"),
            Map.entry("Created", "Container created"),
            Map.entry("Started", "Started"),
            Map.entry("Killing", "Stopped a container"),
            Map.entry("BackOff", "Crashing: waiting before the next start"),
            Map.entry("Failed", "Could not start"),
            Map.entry("FailedScheduling", "No room to run it"),
            Map.entry("FailedCreate", "Refused by the cluster"),
            Map.entry("Unhealthy", "Health check failed"),
            Map.entry("ScalingReplicaSet", "Scaled"),
            Map.entry("SuccessfulCreate", "Pod created"),
            Map.entry("SuccessfulDelete", "Pod removed"),
            Map.entry("OOMKilling", "Out of memory"),
            Map.entry("ProvisioningSucceeded", "Volume ready"),
            Map.entry("ProvisioningFailed", "Volume could not be made"));

    private final KubernetesClient client;
    private final ClusterWatch watch;

    ClusterDiagnostics(KubernetesClient client, ClusterWatch watch) {
        this.client = client;
        this.watch = watch;
    }

    @Override
    public List<String> logLines(AppRef app, int maxLines) {
        Optional<Pod> newest = watch.pods(app.installationId().toString()).stream()
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .max(Comparator.comparing(ClusterDiagnostics::startTime));
        if (newest.isEmpty()) {
            return List.of();
        }
        String log = client.pods()
                .inNamespace(app.namespace())
                .withName(newest.get().getMetadata().getName())
                .inContainer(DesiredDeployment.CONTAINER)
                .tailingLines(maxLines)
                .getLog();
        return log == null || log.isEmpty() ? List.of() : log.lines().toList();
    }

    @Override
    public List<AppEvent> events(AppRef app) {
        return client.v1().events().inNamespace(app.namespace()).list().getItems().stream()
                .filter(event -> app.name().equals(ClusterWatch.involvedApp(event)))
                .map(ClusterDiagnostics::plain)
                .sorted(Comparator.comparing(AppEvent::at).reversed())
                .limit(MAX_EVENTS)
                .toList();
    }

    private static AppEvent plain(Event event) {
        String reason = event.getReason() == null ? "" : event.getReason();
        return new AppEvent(
                when(event),
                "Warning".equals(event.getType()),
                PLAIN.getOrDefault(reason, reason),
                event.getMessage() == null ? "" : event.getMessage(),
                event.getCount() == null ? 1 : event.getCount());
    }

    private static Instant when(Event event) {
        String time = event.getLastTimestamp() != null
                ? event.getLastTimestamp()
                : event.getFirstTimestamp() != null
                        ? event.getFirstTimestamp()
                        : event.getMetadata().getCreationTimestamp();
        return time == null ? Instant.EPOCH : Instant.parse(time);
    }

    private static String startTime(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getStartTime() == null
                ? ""
                : pod.getStatus().getStartTime();
    }
}
