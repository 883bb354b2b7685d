package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Restores drift as soon as the informers see it, instead of waiting for the next resync: a deleted or edited
 * Deployment, network policy or quota queues its app or team for reconciling. Status-only changes (the node
 * reporting pods) queue nothing, and Slipway's own writes compare equal on the next pass, so nothing loops.
 */
@Component
class DriftWatch {

    private final ReconcileQueue queue;

    DriftWatch(ClusterWatch watch, ReconcileQueue queue) {
        this.queue = queue;
        // The cache keeps no pod template: a spec change shows as a new generation, a hand scaling as replicas
        watch.onDeployments(handler(deployment -> List.of(
                Objects.toString(deployment.getMetadata().getGeneration()),
                Objects.toString(deployment.getSpec().getReplicas()))));
        watch.onNetworkPolicies(handler(NetworkPolicy::getSpec));
        watch.onResourceQuotas(handler(ResourceQuota::getSpec));
        watch.onPods(new ResourceEventHandler<>() {
            @Override
            public void onAdd(Pod pod) {
                queueIfConfigurationMissing(pod);
            }

            @Override
            public void onUpdate(Pod before, Pod after) {
                queueIfConfigurationMissing(after);
            }

            @Override
            public void onDelete(Pod pod, boolean finalStateUnknown) {}
        });
    }

    /** A pod that cannot start for want of its Secret (deleted by hand): apply the app again. */
    private void queueIfConfigurationMissing(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return;
        }
        boolean missing = pod.getStatus().getContainerStatuses().stream()
                .anyMatch(container -> container.getState() != null
                        && container.getState().getWaiting() != null
                        && "CreateContainerConfigError"
                                .equals(container.getState().getWaiting().getReason()));
        if (missing) {
            queueOwner(pod);
        }
    }

    private <T extends HasMetadata> ResourceEventHandler<T> handler(Function<T, Object> spec) {
        return new ResourceEventHandler<>() {
            @Override
            public void onAdd(T object) {}

            @Override
            public void onUpdate(T before, T after) {
                if (!Objects.equals(spec.apply(before), spec.apply(after))
                        || !Objects.equals(
                                before.getMetadata().getLabels(),
                                after.getMetadata().getLabels())) {
                    queueOwner(after);
                }
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                queueOwner(object);
            }
        };
    }

    private void queueOwner(HasMetadata object) {
        String installation = Labels.installation(object);
        if (installation != null) {
            queue.add(ReconcileQueue.Key.app(installation));
            return;
        }
        String team = object.getMetadata().getLabels() == null
                ? null
                : object.getMetadata().getLabels().get(Labels.TEAM);
        if (team != null) {
            queue.add(ReconcileQueue.Key.team(team));
        }
    }
}
