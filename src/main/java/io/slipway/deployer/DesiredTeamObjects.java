package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LimitRangeBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.slipway.plan.Pool;
import io.slipway.team.TeamSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A team's namespace and what keeps it in bounds: quota = pool, default limits, deny-by-default networking. */
final class DesiredTeamObjects {

    static final String QUOTA = "slipway-quota";
    static final String LIMITS = "slipway-limits";
    static final String DEFAULT_DENY = "default-deny-ingress";
    static final String SAME_NAMESPACE = "allow-same-namespace";

    private DesiredTeamObjects() {}

    static List<HasMetadata> of(TeamSummary team, Pool pool) {
        return List.of(
                namespace(team), quota(team, pool), limitRange(team), defaultDeny(team), allowSameNamespace(team));
    }

    private static HasMetadata namespace(TeamSummary team) {
        Map<String, String> labels = new HashMap<>(Labels.team(team.slug()));
        labels.put("pod-security.kubernetes.io/enforce", "baseline");
        labels.put("pod-security.kubernetes.io/warn", "restricted");
        labels.put("pod-security.kubernetes.io/audit", "restricted");
        return new NamespaceBuilder()
                .withNewMetadata()
                .withName(team.namespace())
                .withLabels(labels)
                .endMetadata()
                .build();
    }

    private static HasMetadata quota(TeamSummary team, Pool pool) {
        Quantity cpu = new Quantity(pool.cpuMillis() + "m");
        Quantity memory = new Quantity(pool.memoryMib() + "Mi");
        Map<String, Quantity> hard = new HashMap<>();
        hard.put("requests.cpu", cpu);
        hard.put("limits.cpu", cpu);
        hard.put("requests.memory", memory);
        hard.put("limits.memory", memory);
        hard.put("requests.storage", new Quantity(pool.storageGib() + "Gi"));
        // Every volume has at least 1 GiB, so the storage pool bounds the claims, retained ones included
        hard.put("persistentvolumeclaims", new Quantity(String.valueOf(pool.storageGib())));
        hard.put("pods", new Quantity(String.valueOf(pool.maxApps())));
        hard.put("services.nodeports", new Quantity(String.valueOf(pool.maxApps())));
        return new ResourceQuotaBuilder()
                .withNewMetadata()
                .withName(QUOTA)
                .withNamespace(team.namespace())
                .withLabels(Labels.team(team.slug()))
                .endMetadata()
                .withNewSpec()
                .withHard(hard)
                .endSpec()
                .build();
    }

    private static HasMetadata limitRange(TeamSummary team) {
        Map<String, Quantity> defaults = Map.of("cpu", new Quantity("100m"), "memory", new Quantity("128Mi"));
        return new LimitRangeBuilder()
                .withNewMetadata()
                .withName(LIMITS)
                .withNamespace(team.namespace())
                .withLabels(Labels.team(team.slug()))
                .endMetadata()
                .withNewSpec()
                .addNewLimit()
                .withType("Container")
                .withDefault(defaults)
                .withDefaultRequest(defaults)
                .endLimit()
                .endSpec()
                .build();
    }

    private static HasMetadata defaultDeny(TeamSummary team) {
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName(DEFAULT_DENY)
                .withNamespace(team.namespace())
                .withLabels(Labels.team(team.slug()))
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .endPodSelector()
                .withPolicyTypes("Ingress")
                .endSpec()
                .build();
    }

    private static HasMetadata allowSameNamespace(TeamSummary team) {
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName(SAME_NAMESPACE)
                .withNamespace(team.namespace())
                .withLabels(Labels.team(team.slug()))
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .endPodSelector()
                .addNewIngress()
                .withFrom(new NetworkPolicyPeerBuilder()
                        .withNewPodSelector()
                        .endPodSelector()
                        .build())
                .endIngress()
                .withPolicyTypes("Ingress")
                .endSpec()
                .build();
    }
}
