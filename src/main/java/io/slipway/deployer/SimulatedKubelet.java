package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.deployer.embedded.EmbeddedCluster;
import java.time.Instant;
import java.util.List;

/**
 * The simulated node's kubelet and ReplicaSet controller: the container statuses, warning events and logs a
 * real cluster shows for each {@link SimulatedFault}, with the messages real clusters write.
 */
class SimulatedKubelet {

    private final KubernetesClient client;
    private final EmbeddedCluster cluster;

    SimulatedKubelet(KubernetesClient client, EmbeddedCluster cluster) {
        this.client = client;
        this.cluster = cluster;
    }

    static final String UNBOUND_CLAIM =
            "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are"
                    + " available: 1 Preemption is not helpful for scheduling.";

    /**
     * What the kubelet reports a moment after the pod landed on the node.
     *
     * @return whether the pod runs healthy
     */
    boolean start(Pod created, SimulatedFault fault) {
        Pod pod = client.pods()
                .inNamespace(created.getMetadata().getNamespace())
                .withName(created.getMetadata().getName())
                .get();
        if (pod == null) {
            return false;
        }
        String image = image(pod);
        switch (fault) {
            case NONE -> {
                startedEvents(pod).forEach(event -> client.resource(event).create());
                cluster.podLog(
                        pod.getMetadata().getNamespace(), pod.getMetadata().getName(), false, startUpLog(pod, image));
                update(ready(pod));
                return true;
            }
            case IMAGE_NOT_FOUND -> {
                String message = "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/"
                        + image + "\": docker.io/" + image + ": not found";
                setContainer(
                        pod,
                        "Pending",
                        waiting(
                                image,
                                "ImagePullBackOff",
                                "Back-off pulling image \"" + image + "\": ErrImagePull: " + message));
                warn(
                        pod,
                        "Pod",
                        pod.getMetadata().getName(),
                        "Failed",
                        "Failed to pull image \"" + image + "\": " + message);
            }
            case PULL_DENIED -> {
                String message = "failed to authorize: failed to fetch anonymous token: unexpected status: 401"
                        + " Unauthorized; pull access denied, repository does not exist or may require authorization";
                setContainer(pod, "Pending", waiting(image, "ErrImagePull", message));
                warn(
                        pod,
                        "Pod",
                        pod.getMetadata().getName(),
                        "Failed",
                        "Failed to pull image \"" + image + "\": " + message);
            }
            case CRASH_ON_START -> {
                cluster.podLog(
                        pod.getMetadata().getNamespace(),
                        pod.getMetadata().getName(),
                        true,
                        "Starting the app\nReading the configuration\nERROR: cannot open ./conf/app.xml: No such"
                                + " file or directory\nExiting with code 1\n");
                setContainer(pod, "Running", crashed(image, "Error", 1));
                warn(pod, "Pod", pod.getMetadata().getName(), "BackOff", "Back-off restarting failed container app");
            }
            case OUT_OF_MEMORY -> {
                setContainer(pod, "Running", crashed(image, "OOMKilled", 137));
                warn(pod, "Pod", pod.getMetadata().getName(), "BackOff", "Back-off restarting failed container app");
            }
            case VOLUME_PENDING -> warn(pod, "Pod", pod.getMetadata().getName(), "FailedScheduling", UNBOUND_CLAIM);
            default -> {}
        }
        return false;
    }

    private static String component(String kind, String reason) {
        if (reason.equals("Scheduled") || reason.equals("FailedScheduling")) {
            return "default-scheduler";
        }
        return kind.equals("Pod") ? "kubelet" : "replicaset-controller";
    }

    /** What the ReplicaSet controller reports when the API server refuses its pod. */
    void refuseCreation(Deployment deployment, String hash, SimulatedFault fault) {
        String replicaSet = deployment.getMetadata().getName() + "-" + hash;
        String pod = "pods \"" + replicaSet + "-" + "x7k2p\" is forbidden: ";
        String message = fault == SimulatedFault.QUOTA_EXCEEDED
                ? "Error creating: " + pod + "exceeded quota: " + DesiredTeamObjects.QUOTA
                        + ", requested: limits.memory=819Mi, used: limits.memory=7680Mi, limited: limits.memory=8Gi"
                : "Error creating: " + pod + "violates PodSecurity \"baseline:latest\": privileged (container \"app\""
                        + " must not set securityContext.privileged=true)";
        boolean reported =
                client.v1().events().inNamespace(deployment.getMetadata().getNamespace()).list().getItems().stream()
                        .anyMatch(event ->
                                replicaSet.equals(event.getInvolvedObject().getName()));
        if (!reported) {
            warn(deployment, "ReplicaSet", replicaSet, "FailedCreate", message);
        }
    }

    /** What the scheduler reports when it placed a pod on the node. */
    void scheduled(Pod pod) {
        client.resource(scheduledEvent(pod)).create();
    }

    static Event scheduledEvent(Pod pod) {
        return event(
                pod,
                "Normal",
                "Pod",
                pod.getMetadata().getName(),
                "Scheduled",
                "Successfully assigned " + pod.getMetadata().getNamespace() + "/"
                        + pod.getMetadata().getName() + " to " + SimulatedNode.NODE);
    }

    /** The events of a healthy pod's start, after {@link #scheduledEvent}. */
    static List<Event> startedEvents(Pod pod) {
        String name = pod.getMetadata().getName();
        return List.of(
                event(
                        pod,
                        "Normal",
                        "Pod",
                        name,
                        "Pulled",
                        "Container image \"" + image(pod) + "\" already present on machine"),
                event(pod, "Normal", "Pod", name, "Started", "Started container app"));
    }

    /** The pod as the kubelet reports it once its container runs and is ready. */
    static Pod ready(Pod pod) {
        return withContainer(pod, "Running", running(image(pod)));
    }

    private static String image(Pod pod) {
        return pod.getSpec().getContainers().getFirst().getImage();
    }

    /** A line a running app writes now and then, so that following its log shows something. */
    void heartbeat(Pod pod) {
        cluster.appendPodLog(
                pod.getMetadata().getNamespace(),
                pod.getMetadata().getName(),
                Instant.now() + " INFO  serving on port " + port(pod) + ", health check passed");
    }

    /** What the kubelet reports when it stops a pod's container; the pod's log goes with it. */
    void killed(Pod pod) {
        report(pod, "Normal", "Pod", pod.getMetadata().getName(), "Killing", "Stopping container app");
        cluster.forgetPodLogs(
                pod.getMetadata().getNamespace(), pod.getMetadata().getName());
    }

    private static String startUpLog(Pod pod, String image) {
        String now = Instant.now().toString();
        return now + " INFO  starting " + image + " in pod " + pod.getMetadata().getName() + "\n"
                + now + " INFO  reading the configuration\n"
                + now + " INFO  listening on port " + port(pod) + "\n"
                + now + " INFO  ready\n";
    }

    private static int port(Pod pod) {
        var ports = pod.getSpec().getContainers().getFirst().getPorts();
        return ports == null || ports.isEmpty() ? 0 : ports.getFirst().getContainerPort();
    }

    private void setContainer(Pod pod, String phase, ContainerStatus container) {
        update(withContainer(pod, phase, container));
    }

    private void update(Pod pod) {
        client.pods()
                .inNamespace(pod.getMetadata().getNamespace())
                .resource(pod)
                .updateStatus();
    }

    private static Pod withContainer(Pod pod, String phase, ContainerStatus container) {
        pod.getStatus().setPhase(phase);
        pod.getStatus().setContainerStatuses(List.of(container));
        pod.getStatus().setStartTime(Instant.now().toString());
        return pod;
    }

    private static ContainerStatus running(String image) {
        return new ContainerStatusBuilder()
                .withName(DesiredDeployment.CONTAINER)
                .withImage(image)
                .withReady(true)
                .withStarted(true)
                .withRestartCount(0)
                .withNewState()
                .withNewRunning()
                .withStartedAt(Instant.now().toString())
                .endRunning()
                .endState()
                .build();
    }

    private static ContainerStatus waiting(String image, String reason, String message) {
        return new ContainerStatusBuilder()
                .withName(DesiredDeployment.CONTAINER)
                .withImage(image)
                .withReady(false)
                .withStarted(false)
                .withRestartCount(0)
                .withNewState()
                .withNewWaiting()
                .withReason(reason)
                .withMessage(message)
                .endWaiting()
                .endState()
                .build();
    }

    private static ContainerStatus crashed(String image, String reason, int exitCode) {
        return new ContainerStatusBuilder()
                .withName(DesiredDeployment.CONTAINER)
                .withImage(image)
                .withReady(false)
                .withStarted(false)
                .withRestartCount(3)
                .withNewState()
                .withNewWaiting()
                .withReason("CrashLoopBackOff")
                .withMessage("back-off 40s restarting failed container=app")
                .endWaiting()
                .endState()
                .withNewLastState()
                .withNewTerminated()
                .withReason(reason)
                .withExitCode(exitCode)
                .withFinishedAt(Instant.now().toString())
                .endTerminated()
                .endLastState()
                .build();
    }

    private void warn(HasMetadata about, String kind, String name, String reason, String message) {
        report(about, "Warning", kind, name, reason, message);
    }

    private void report(HasMetadata about, String type, String kind, String name, String reason, String message) {
        client.resource(event(about, type, kind, name, reason, message)).create();
    }

    private static Event event(
            HasMetadata about, String type, String kind, String name, String reason, String message) {
        String now = Instant.now().toString();
        return new EventBuilder()
                .withNewMetadata()
                .withName(name + "." + Long.toHexString(System.nanoTime()))
                .withNamespace(about.getMetadata().getNamespace())
                .endMetadata()
                .withNewInvolvedObject()
                .withKind(kind)
                .withName(name)
                .withNamespace(about.getMetadata().getNamespace())
                .endInvolvedObject()
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withCount(1)
                .withFirstTimestamp(now)
                .withLastTimestamp(now)
                .withNewSource()
                .withComponent(component(kind, reason))
                .endSource()
                .build();
    }
}
