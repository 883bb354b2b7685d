package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.slipway.deployer.embedded.EmbeddedCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The embedded cluster's only node, and the controllers a real cluster would run. It runs no containers: for
 * each Deployment it creates a pod and, a short while later, reports it running, the way a healthy node and a
 * healthy image would; or, when a test or the image's tag asked for a {@link SimulatedFault}, the pod statuses,
 * events and logs a real cluster shows for that fault. Deleting a Deployment deletes its pods; deleting a namespace
 * empties it.
 */
@Component
@Conditional(EmbeddedModeCondition.class)
class SimulatedNode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulatedNode.class);
    static final Duration START_UP = Duration.ofMillis(1500);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final String NODE = "slipway-simulated-node";
    private static final String TEMPLATE_HASH = "pod-template-hash";

    private final KubernetesClient client;
    private final SimulatedKubelet kubelet;
    private final Map<String, SimulatedFault> faults = new ConcurrentHashMap<>();
    private final Map<String, Pod> running = new ConcurrentHashMap<>();
    // Made on start, not once: Spring may stop and start a lifecycle bean again (the test framework pauses cached
    // contexts), and a shut-down executor cannot be restarted
    private volatile ScheduledExecutorService scheduler;
    private volatile SharedIndexInformer<Deployment> deployments;
    private volatile SharedIndexInformer<Namespace> namespaces;

    SimulatedNode(KubernetesClient client, EmbeddedCluster cluster) {
        this.client = client;
        this.kubelet = new SimulatedKubelet(client, cluster);
    }

    /** From now on, the app {@code name} in {@code namespace} behaves as {@code fault} says. */
    void simulate(String namespace, String name, SimulatedFault fault) {
        faults.put(namespace + "/" + name, fault);
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulated-node");
            thread.setDaemon(true);
            return thread;
        });
        deployments = client.apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .runnableInformer(0);
        deployments.addEventHandler(handler(this::later, this::deletePodsOf));
        deployments.exceptionHandler((started, error) -> true);
        deployments.start();
        namespaces =
                client.namespaces().withLabel(Labels.MANAGED_BY, Labels.SLIPWAY).runnableInformer(0);
        namespaces.addEventHandler(handler(namespace -> {}, this::empty));
        namespaces.exceptionHandler((started, error) -> true);
        namespaces.start();
        scheduler.scheduleWithFixedDelay(
                () -> running.values().forEach(pod -> quietly(() -> kubelet.heartbeat(pod))),
                HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (deployments != null) {
            deployments.close();
            namespaces.close();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return deployments != null && deployments.isRunning();
    }

    /**
     * Not stopped when the application context is paused (as Spring's test framework pauses a cached context it
     * switches away from): stopping closes the informers' watches, and the embedded API server, closing a watch
     * while it still has events to send it, blocks its event loop for up to a minute, so every request to it
     * timed out meanwhile. Watches that stay open cost nothing while nothing writes.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    private void later(Deployment deployment) {
        String namespace = deployment.getMetadata().getNamespace();
        String name = deployment.getMetadata().getName();
        scheduler.execute(() -> quietly(() -> schedulePods(namespace, name)));
    }

    /** Does what the ReplicaSet controller and the scheduler would: a pod of the current template, or an error. */
    private void schedulePods(String namespace, String name) {
        Deployment deployment = client.apps()
                .deployments()
                .inNamespace(namespace)
                .withName(name)
                .get();
        if (deployment == null) {
            return;
        }
        String hash = templateHash(deployment);
        List<Pod> pods = podsOf(deployment);
        pods.stream()
                .filter(pod -> !hash.equals(pod.getMetadata().getLabels().get(TEMPLATE_HASH)))
                .forEach(this::deletePod);
        boolean current = pods.stream()
                .anyMatch(pod -> hash.equals(pod.getMetadata().getLabels().get(TEMPLATE_HASH)));
        int replicas = StatusReasons.desiredReplicas(deployment);
        SimulatedFault fault = faults.getOrDefault(
                namespace + "/" + name,
                SimulatedFault.ofImage(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getImage()));
        if (replicas == 0) {
            pods.forEach(this::deletePod);
            markAvailable(deployment, 0);
        } else if (fault == SimulatedFault.QUOTA_EXCEEDED || fault == SimulatedFault.POD_SECURITY) {
            kubelet.refuseCreation(deployment, hash, fault);
        } else if (!current) {
            Pod pod = client.resource(newPod(deployment, hash, fault)).create();
            if (pod.getSpec().getNodeName() != null) {
                kubelet.scheduled(pod);
            }
            scheduler.schedule(() -> quietly(() -> started(pod, fault)), START_UP.toMillis(), TimeUnit.MILLISECONDS);
        } else if (fault == SimulatedFault.NONE && StatusReasons.available(deployment) < replicas) {
            markAvailable(deployment, replicas);
        }
    }

    /** A pod of the Deployment's current template, as the ReplicaSet controller and the scheduler make it. */
    static Pod newPod(Deployment deployment, String hash, SimulatedFault fault) {
        Map<String, String> labels =
                new HashMap<>(deployment.getSpec().getTemplate().getMetadata().getLabels());
        labels.put(TEMPLATE_HASH, hash);
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        boolean schedulable = fault != SimulatedFault.VOLUME_PENDING;
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName(deployment.getMetadata().getName() + "-" + hash + "-" + suffix)
                .withNamespace(deployment.getMetadata().getNamespace())
                .withLabels(labels)
                .endMetadata()
                .withSpec(deployment.getSpec().getTemplate().getSpec())
                .build();
        if (schedulable) {
            pod.getSpec().setNodeName(NODE);
        }
        pod.setStatus(new PodStatusBuilder()
                .withPhase("Pending")
                .withConditions(new PodConditionBuilder()
                        .withType("PodScheduled")
                        .withStatus(schedulable ? "True" : "False")
                        .withReason(schedulable ? null : "Unschedulable")
                        .withMessage(schedulable ? null : SimulatedKubelet.UNBOUND_CLAIM)
                        .build())
                .build());
        return pod;
    }

    /** Once the kubelet started a healthy pod, its Deployment is available. */
    private void started(Pod pod, SimulatedFault fault) {
        if (!kubelet.start(pod, fault)) {
            return;
        }
        running.put(podKey(pod), pod);
        Deployment deployment = client.apps()
                .deployments()
                .inNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getLabels().get(Labels.NAME))
                .get();
        if (deployment != null) {
            markAvailable(deployment, StatusReasons.desiredReplicas(deployment));
        }
    }

    private void markAvailable(Deployment deployment, int replicas) {
        Deployment current = client.apps()
                .deployments()
                .inNamespace(deployment.getMetadata().getNamespace())
                .withName(deployment.getMetadata().getName())
                .get();
        if (current == null || (StatusReasons.available(current) == replicas && current.getStatus() != null)) {
            return;
        }
        current.setStatus(availableStatus(current.getMetadata().getGeneration(), replicas));
        client.apps()
                .deployments()
                .inNamespace(current.getMetadata().getNamespace())
                .resource(current)
                .updateStatus();
    }

    /** The status of a Deployment of that generation with all its replicas available. */
    static DeploymentStatus availableStatus(Long generation, int replicas) {
        return new DeploymentStatusBuilder()
                .withObservedGeneration(generation)
                .withReplicas(replicas)
                .withUpdatedReplicas(replicas)
                .withReadyReplicas(replicas)
                .withAvailableReplicas(replicas)
                .withConditions(new DeploymentConditionBuilder()
                        .withType("Available")
                        .withStatus(replicas > 0 ? "True" : "False")
                        .withReason(replicas > 0 ? "MinimumReplicasAvailable" : "ScaledToZero")
                        .withLastUpdateTime(Instant.now().toString())
                        .build())
                .build();
    }

    private void deletePodsOf(Deployment deployment) {
        scheduler.execute(() -> quietly(() -> podsOf(deployment).forEach(this::deletePod)));
    }

    private void deletePod(Pod pod) {
        running.remove(podKey(pod));
        client.resource(pod).delete();
        kubelet.killed(pod);
    }

    private static String podKey(Pod pod) {
        return pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
    }

    /** What the namespace controller does: a deleted namespace takes everything in it along. */
    private void empty(Namespace namespace) {
        String name = namespace.getMetadata().getName();
        scheduler.execute(() -> quietly(() -> {
            client.apps().deployments().inNamespace(name).delete();
            running.keySet().removeIf(key -> key.startsWith(name + "/"));
            client.pods().inNamespace(name).delete();
            client.services().inNamespace(name).delete();
            client.secrets().inNamespace(name).delete();
            client.network().v1().ingresses().inNamespace(name).delete();
            client.network().v1().networkPolicies().inNamespace(name).delete();
            client.resourceQuotas().inNamespace(name).delete();
            client.limitRanges().inNamespace(name).delete();
            client.persistentVolumeClaims().inNamespace(name).delete();
            client.v1().events().inNamespace(name).delete();
        }));
    }

    private List<Pod> podsOf(Deployment deployment) {
        String installation = Labels.installation(deployment);
        if (installation == null) {
            return List.of();
        }
        return client.pods()
                .inNamespace(deployment.getMetadata().getNamespace())
                .withLabel(Labels.INSTALLATION, installation)
                .list()
                .getItems();
    }

    static String templateHash(Deployment deployment) {
        int hash = Objects.hash(deployment.getSpec().getTemplate());
        return Integer.toString(hash & 0x7fffffff, 36).toLowerCase(Locale.ROOT);
    }

    private static void quietly(Runnable work) {
        try {
            work.run();
        } catch (KubernetesClientException e) {
            log.debug("The simulated node could not update the cluster: {}", e.getMessage());
        }
    }

    private static <T> ResourceEventHandler<T> handler(Consumer<T> changed, Consumer<T> deleted) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T object) {
                changed.accept(object);
            }

            @Override
            public void onUpdate(T before, T after) {
                changed.accept(after);
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                deleted.accept(object);
            }
        };
    }
}
