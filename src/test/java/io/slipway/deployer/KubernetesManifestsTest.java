package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manifests that run Slipway itself parse, and grant the deployer exactly what it uses. */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final Set<String> DANGEROUS = Set.of("*", "escalate", "bind", "impersonate");

    @Test
    void parsesEveryManifest() throws IOException {
        List<Path> files = manifests();

        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            Object parsed = Serialization.unmarshal(Files.readString(file));
            assertThat(parsed).as(file.toString()).isNotNull();
        }
    }

    @Test
    void grantsExactlyTheKindsAndVerbsTheDeployerUses() throws IOException {
        ClusterRole clusterRole = only(ClusterRole.class);
        Role role = only(Role.class);

        assertThat(rules(clusterRole.getRules())).isEqualTo(expected(ClusterAccess.CLUSTER));
        assertThat(rules(role.getRules())).isEqualTo(expected(ClusterAccess.OWN_NAMESPACE));
    }

    @Test
    void grantsNoWildcardsEscalationOrClusterWideSecretReads() throws IOException {
        List<PolicyRule> rules = new ArrayList<>(only(ClusterRole.class).getRules());
        rules.addAll(only(Role.class).getRules());

        for (PolicyRule rule : rules) {
            assertThat(rule.getVerbs()).doesNotContainAnyElementsOf(DANGEROUS);
            assertThat(rule.getResources()).doesNotContain("*");
            assertThat(rule.getApiGroups()).doesNotContain("*");
            if (rule.getResources().contains("secrets")) {
                assertThat(rule.getVerbs()).doesNotContain("list", "watch");
            }
        }
    }

    @Test
    void runsTwoProbedReplicasWithCookieAffinityAndADisruptionBudget() throws IOException {
        Deployment deployment = only(Deployment.class);
        var container =
                deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getSecurityContext()
                        .getRunAsNonRoot())
                .isTrue();
        assertThat(container.getEnv())
                .filteredOn(
                        env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .extracting(env -> env.getValueFrom().getSecretKeyRef().getName())
                .contains("slipway-postgres");
        assertThat(only(Ingress.class).getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie");
        assertThat(only(PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal())
                .isEqualTo(1);
    }

    private static List<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static <T extends HasMetadata> T only(Class<T> type) throws IOException {
        List<T> found = new ArrayList<>();
        for (Path file : manifests()) {
            if (!file.startsWith(K8S.resolve("base"))) {
                continue;
            }
            Object parsed = Serialization.unmarshal(Files.readString(file));
            List<?> items = parsed instanceof KubernetesList list ? list.getItems() : List.of(parsed);
            items.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        }
        assertThat(found).as("one %s in k8s/base", type.getSimpleName()).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Set<String>> rules(List<PolicyRule> rules) {
        Map<String, Set<String>> byResource = new java.util.TreeMap<>();
        for (PolicyRule rule : rules) {
            for (String group : rule.getApiGroups()) {
                for (String resource : rule.getResources()) {
                    byResource
                            .computeIfAbsent(group + "/" + resource, key -> new HashSet<>())
                            .addAll(rule.getVerbs());
                }
            }
        }
        return byResource;
    }

    private static Map<String, Set<String>> expected(List<ClusterAccess.Rule> rules) {
        Map<String, Set<String>> byResource = new java.util.TreeMap<>();
        rules.forEach(rule -> byResource.put(rule.apiGroup() + "/" + rule.resource(), new HashSet<>(rule.verbs())));
        return byResource;
    }
}
