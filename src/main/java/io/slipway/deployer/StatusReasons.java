package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.slipway.help.Faq;
import io.slipway.installation.InstallationStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what the cluster shows about an app (its Deployment, its pods and their warning events) into a status
 * and a reason a person understands. Only reads; fetching the log of a crashed container is left to the
 * {@link LogTail} it is given.
 */
final class StatusReasons {

    private static final List<String> IMAGE_PULL = List.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName");
    private static final List<String> DENIED =
            List.of("denied", "unauthorized", "authentication required", "forbidden", "401", "403");

    /** The last lines a crashed container wrote before it exited. */
    interface LogTail {
        String previous(String namespace, String pod);
    }

    private StatusReasons() {}

    static ObservedStatus of(Deployment deployment, List<Pod> pods, List<Event> events, LogTail logs) {
        int desired = desiredReplicas(deployment);
        if (desired == 0) {
            return new ObservedStatus(InstallationStatus.STOPPED, "Stopped; it keeps its share of your allocation");
        }
        if (available(deployment) >= desired) {
            return new ObservedStatus(InstallationStatus.RUNNING, "Running and answering its health check");
        }
        List<Pod> live = pods.stream()
                .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
                .toList();
        for (Pod pod : live) {
            Optional<ObservedStatus> failure = containerFailure(deployment, pod, logs);
            if (failure.isPresent()) {
                return failure.get();
            }
        }
        if (live.isEmpty()) {
            return refusedCreation(deployment, events)
                    .orElse(new ObservedStatus(
                            InstallationStatus.PENDING, "Pending: the cluster is about to create the app"));
        }
        Pod pod = live.getFirst();
        if (!scheduled(pod)) {
            return unscheduled(pod, events);
        }
        return new ObservedStatus(
                InstallationStatus.STARTING,
                running(pod)
                        ? "Starting: the app runs and Slipway waits for its health check to pass"
                        : "Starting: pulling the image and starting the app");
    }

    private static Optional<ObservedStatus> containerFailure(Deployment deployment, Pod pod, LogTail logs) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return Optional.empty();
        }
        for (ContainerStatus container : pod.getStatus().getContainerStatuses()) {
            ContainerStateWaiting waiting =
                    container.getState() == null ? null : container.getState().getWaiting();
            ContainerStateTerminated last = container.getLastState() == null
                    ? null
                    : container.getLastState().getTerminated();
            ContainerStateTerminated now =
                    container.getState() == null ? null : container.getState().getTerminated();
            if (waiting != null && IMAGE_PULL.contains(waiting.getReason())) {
                return Optional.of(imagePull(container.getImage(), waiting.getMessage()));
            }
            if (oomKilled(last) || oomKilled(now)) {
                return Optional.of(outOfMemory(deployment));
            }
            if (waiting != null && "CrashLoopBackOff".equals(waiting.getReason())) {
                return Optional.of(crashing(pod, container, last, logs));
            }
            if (waiting != null && "CreateContainerConfigError".equals(waiting.getReason())) {
                return Optional.of(ObservedStatus.failed(
                        "Cannot start: its configuration is incomplete (" + waiting.getMessage()
                                + "). Slipway restores missing settings on its next pass.",
                        null));
            }
        }
        return Optional.empty();
    }

    private static ObservedStatus imagePull(String image, String message) {
        String detail = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (DENIED.stream().anyMatch(detail::contains)) {
            return ObservedStatus.failed(
                    "Pull denied: the registry refused to hand out the image " + image
                            + ". Check the image name; a private image needs registry credentials.",
                    Faq.OWN_IMAGE);
        }
        return ObservedStatus.failed(
                "Image not found: the registry has no image " + image + ". Check the image name and the tag.",
                Faq.OWN_IMAGE);
    }

    private static boolean oomKilled(ContainerStateTerminated terminated) {
        return terminated != null && "OOMKilled".equals(terminated.getReason());
    }

    private static ObservedStatus outOfMemory(Deployment deployment) {
        Map<String, String> annotations = deployment.getMetadata().getAnnotations();
        String memory = annotations == null ? null : annotations.get(DesiredDeployment.MEMORY_ANNOTATION);
        String limit = memory == null ? "its memory" : memory + " MiB";
        return ObservedStatus.failed(
                "Out of memory: the app needed more than " + limit
                        + " and was stopped. Give it a higher allocation percentage.",
                Faq.ALLOCATION);
    }

    private static ObservedStatus crashing(
            Pod pod, ContainerStatus container, ContainerStateTerminated last, LogTail logs) {
        String exit = last == null || last.getExitCode() == null ? "" : " with code " + last.getExitCode();
        String tail = logs.previous(
                pod.getMetadata().getNamespace(), pod.getMetadata().getName());
        String lines = tail == null || tail.isBlank()
                ? " It wrote no log."
                : " Last log lines: " + String.join(" ⏎ ", tail.strip().lines().toList());
        return ObservedStatus.failed(
                "Crashing on start: the app exited" + exit + " soon after it started (" + container.getRestartCount()
                        + " restarts). Check its env vars and working directory." + lines,
                null);
    }

    private static Optional<ObservedStatus> refusedCreation(Deployment deployment, List<Event> events) {
        Optional<String> message = events.stream()
                .filter(event -> "FailedCreate".equals(event.getReason()))
                .max(Comparator.comparing(StatusReasons::when))
                .map(Event::getMessage);
        if (message.isEmpty()
                && deployment.getStatus() != null
                && deployment.getStatus().getConditions() != null) {
            message = deployment.getStatus().getConditions().stream()
                    .filter(condition ->
                            "ReplicaFailure".equals(condition.getType()) && "True".equals(condition.getStatus()))
                    .map(DeploymentCondition::getMessage)
                    .findFirst();
        }
        return message.map(StatusReasons::refusal);
    }

    private static ObservedStatus refusal(String message) {
        if (message.contains("exceeded quota")) {
            return ObservedStatus.failed(
                    "Blocked by quota: the team's pool has no room left for this app. Stop or shrink another app,"
                            + " or ask your team admin for a bigger plan.",
                    Faq.ALLOCATION);
        }
        if (message.contains("violates PodSecurity")) {
            String detail = message.substring(message.indexOf("violates PodSecurity"));
            return ObservedStatus.failed(
                    "Rejected by pod security: the image asks for more than a team namespace allows (" + detail
                            + "). Use an image that runs without privileges.",
                    Faq.OWN_IMAGE);
        }
        return ObservedStatus.failed("The cluster refused to create the app: " + message, null);
    }

    private static ObservedStatus unscheduled(Pod pod, List<Event> events) {
        String message = pod.getStatus() == null || pod.getStatus().getConditions() == null
                ? ""
                : pod.getStatus().getConditions().stream()
                        .filter(condition -> "PodScheduled".equals(condition.getType()))
                        .map(PodCondition::getMessage)
                        .filter(text -> text != null)
                        .findFirst()
                        .orElse("");
        String scheduling = events.stream()
                .filter(event -> "FailedScheduling".equals(event.getReason()))
                .filter(event -> pod.getMetadata()
                        .getName()
                        .equals(event.getInvolvedObject().getName()))
                .max(Comparator.comparing(StatusReasons::when))
                .map(Event::getMessage)
                .orElse(message);
        if (scheduling.contains("PersistentVolumeClaim")) {
            return ObservedStatus.pending(
                    "Volume pending: the app waits for its persistent volume to be provisioned. If this lasts"
                            + " more than a few minutes, pick another volume type.",
                    Faq.PERSISTENCE);
        }
        if (scheduling.contains("Insufficient")) {
            return ObservedStatus.pending(
                    "Pending: no node has room for the app right now; it starts as soon as one does", null);
        }
        return new ObservedStatus(InstallationStatus.PENDING, "Pending: waiting for a node to run the app");
    }

    private static boolean scheduled(Pod pod) {
        if (pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
            return true;
        }
        return pod.getStatus() != null
                && pod.getStatus().getConditions() != null
                && pod.getStatus().getConditions().stream()
                        .anyMatch(condition ->
                                "PodScheduled".equals(condition.getType()) && "True".equals(condition.getStatus()));
    }

    private static boolean running(Pod pod) {
        return pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
    }

    private static String when(Event event) {
        String last = event.getLastTimestamp();
        return last != null ? last : Objects.toString(event.getMetadata().getCreationTimestamp(), "");
    }

    static int desiredReplicas(Deployment deployment) {
        Integer replicas =
                deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    static int available(Deployment deployment) {
        if (deployment.getStatus() == null || deployment.getStatus().getAvailableReplicas() == null) {
            return 0;
        }
        return deployment.getStatus().getAvailableReplicas();
    }
}
