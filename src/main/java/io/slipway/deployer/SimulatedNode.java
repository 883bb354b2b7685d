package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The embedded cluster's only node. It does not run containers: a short while after a Deployment asks for
 * pods, it reports them available, the way a healthy node and a healthy image would.
 */
@Component
@Conditional(EmbeddedModeCondition.class)
class SimulatedNode implements SmartLifecycle, ResourceEventHandler<Deployment> {

    private static final Logger log = LoggerFactory.getLogger(SimulatedNode.class);
    static final Duration START_UP = Duration.ofMillis(1500);

    private final KubernetesClient client;
    // Made on start, not once: Spring may stop and start a lifecycle bean again (the test framework pauses cached
    // contexts), and a shut-down executor cannot be restarted
    private volatile ScheduledExecutorService scheduler;
    private volatile SharedIndexInformer<Deployment> informer;

    SimulatedNode(KubernetesClient client) {
        this.client = client;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulated-node");
            thread.setDaemon(true);
            return thread;
        });
        informer = client.apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .runnableInformer(0);
        informer.addEventHandler(this);
        informer.exceptionHandler((started, error) -> true);
        informer.start();
    }

    @Override
    public void stop() {
        if (informer != null) {
            informer.close();
        }
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return informer != null && informer.isRunning();
    }

    @Override
    public void onAdd(Deployment deployment) {
        startPodsLater(deployment);
    }

    @Override
    public void onUpdate(Deployment before, Deployment after) {
        startPodsLater(after);
    }

    @Override
    public void onDelete(Deployment deployment, boolean finalStateUnknown) {}

    private void startPodsLater(Deployment deployment) {
        int desired = desiredReplicas(deployment);
        if (available(deployment) == desired) {
            return;
        }
        String namespace = deployment.getMetadata().getNamespace();
        String name = deployment.getMetadata().getName();
        scheduler.schedule(() -> markAvailable(namespace, name), START_UP.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void markAvailable(String namespace, String name) {
        try {
            Deployment current = client.apps()
                    .deployments()
                    .inNamespace(namespace)
                    .withName(name)
                    .get();
            if (current == null || available(current) == desiredReplicas(current)) {
                return;
            }
            int desired = desiredReplicas(current);
            current.setStatus(new DeploymentStatusBuilder()
                    .withObservedGeneration(current.getMetadata().getGeneration())
                    .withReplicas(desired)
                    .withUpdatedReplicas(desired)
                    .withReadyReplicas(desired)
                    .withAvailableReplicas(desired)
                    .withConditions(new DeploymentConditionBuilder()
                            .withType("Available")
                            .withStatus(desired > 0 ? "True" : "False")
                            .withReason(desired > 0 ? "MinimumReplicasAvailable" : "ScaledToZero")
                            .withLastUpdateTime(Instant.now().toString())
                            .build())
                    .build());
            client.apps().deployments().inNamespace(namespace).resource(current).updateStatus();
        } catch (KubernetesClientException e) {
            log.debug("Could not update the status of deployment {}/{}: {}", namespace, name, e.getMessage());
        }
    }

    private static int desiredReplicas(Deployment deployment) {
        Integer replicas = deployment.getSpec().getReplicas();
        return replicas == null ? 1 : replicas;
    }

    private static int available(Deployment deployment) {
        if (deployment.getStatus() == null || deployment.getStatus().getAvailableReplicas() == null) {
            return 0;
        }
        return deployment.getStatus().getAvailableReplicas();
    }
}
