package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.slipway.installation.DesiredApps;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Watches Slipway's Deployments and reports each change as the app's status. */
@Component
class StatusInformer implements SmartLifecycle, ResourceEventHandler<Deployment> {

    private static final Logger log = LoggerFactory.getLogger(StatusInformer.class);

    private final KubernetesClient client;
    private final DesiredApps desiredApps;
    private volatile SharedIndexInformer<Deployment> informer;

    StatusInformer(KubernetesClient client, DesiredApps desiredApps) {
        this.client = client;
        this.desiredApps = desiredApps;
    }

    @Override
    public void start() {
        informer = client.apps()
                .deployments()
                .inAnyNamespace()
                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                .runnableInformer(0);
        informer.addEventHandler(this);
        // Keep retrying while the cluster is away, instead of giving up on the first failure
        informer.exceptionHandler((started, error) -> true);
        informer.start();
        log.info("Watching Slipway's deployments");
    }

    @Override
    public void stop() {
        if (informer != null) {
            informer.close();
        }
    }

    @Override
    public boolean isRunning() {
        return informer != null && informer.isRunning();
    }

    @Override
    public void onAdd(Deployment deployment) {
        report(deployment);
    }

    @Override
    public void onUpdate(Deployment before, Deployment after) {
        report(after);
    }

    @Override
    public void onDelete(Deployment deployment, boolean finalStateUnknown) {
        // Restoring deleted objects is the resync's work (issue #4)
    }

    private void report(Deployment deployment) {
        String id = deployment.getMetadata().getLabels().get(Labels.INSTALLATION);
        if (id == null) {
            return;
        }
        DeploymentStatus status = DeploymentStatus.of(deployment);
        try {
            desiredApps.report(UUID.fromString(id), status.status(), status.reason());
        } catch (RuntimeException e) {
            log.warn("Could not record the status of installation {}", id, e);
        }
    }
}
