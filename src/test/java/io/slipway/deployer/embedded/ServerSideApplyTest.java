package io.slipway.deployer.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded API server takes server-side apply the way Slipway uses it on a real cluster (issue #4). */
class ServerSideApplyTest {

    private EmbeddedCluster cluster;
    private KubernetesClient client;

    @BeforeEach
    void start() {
        cluster = EmbeddedCluster.start(0);
        client = new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty())
                        .withMasterUrl(cluster.url())
                        .build())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        cluster.stop();
    }

    @Test
    void createsAnObjectThatDoesNotExist() {
        Deployment created = apply(deployment(1));

        assertThat(created.getMetadata().getUid()).isNotBlank();
        assertThat(client.apps()
                        .deployments()
                        .inNamespace("acme")
                        .withName("web")
                        .get())
                .isNotNull()
                .extracting(deployment -> deployment.getSpec().getReplicas())
                .isEqualTo(1);
    }

    @Test
    void replacesTheObjectKeepingWhatTheServerOwns() {
        Deployment created = apply(deployment(1));
        Deployment running = client.resource(created).get();
        running.setStatus(new DeploymentStatusBuilder().withAvailableReplicas(1).build());
        client.resource(running).updateStatus();

        Deployment stopped = apply(deployment(0));

        assertThat(stopped.getSpec().getReplicas()).isZero();
        assertThat(stopped.getMetadata().getUid())
                .isEqualTo(created.getMetadata().getUid());
        assertThat(stopped.getMetadata().getCreationTimestamp())
                .isEqualTo(created.getMetadata().getCreationTimestamp());
        assertThat(stopped.getMetadata().getGeneration())
                .isGreaterThan(created.getMetadata().getGeneration());
        assertThat(stopped.getStatus().getAvailableReplicas()).isEqualTo(1);
    }

    @Test
    void leavesTheResourceVersionAloneWhenNothingChanged() {
        String version = apply(deployment(1)).getMetadata().getResourceVersion();

        assertThat(apply(deployment(1)).getMetadata().getResourceVersion()).isEqualTo(version);
    }

    @Test
    void keepsANodePortThatTheAppliedServiceLeavesOut() {
        int assigned =
                apply(nodePortService("v1")).getSpec().getPorts().getFirst().getNodePort();

        Service again = apply(nodePortService("v2"));

        assertThat(assigned).isBetween(NodePorts.FIRST, NodePorts.LAST);
        assertThat(again.getSpec().getPorts().getFirst().getNodePort()).isEqualTo(assigned);
        assertThat(again.getMetadata().getLabels()).containsEntry("version", "v2");
    }

    @Test
    void acceptsAnApplyWrittenInYaml() throws Exception {
        String yaml = client.getKubernetesSerialization().asYaml(deployment(2));

        HttpResponse<String> response = patch("?fieldManager=kubectl&force=true", yaml);

        assertThat(response.statusCode()).isBetween(200, 201);
        assertThat(client.apps()
                        .deployments()
                        .inNamespace("acme")
                        .withName("web")
                        .get())
                .extracting(deployment -> deployment.getSpec().getReplicas())
                .isEqualTo(2);
    }

    @Test
    void refusesAnApplyWithoutAFieldManagerAsARealApiServerDoes() throws Exception {
        String json = client.getKubernetesSerialization().asJson(deployment(1));

        HttpResponse<String> response = patch("?force=true", json);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("fieldManager is required");
        assertThat(client.apps()
                        .deployments()
                        .inNamespace("acme")
                        .withName("web")
                        .get())
                .isNull();
    }

    private HttpResponse<String> patch(String query, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(cluster.url() + "/apis/apps/v1/namespaces/acme/deployments/web" + query))
                .header("Content-Type", ServerSideApply.CONTENT_TYPE)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T extends HasMetadata> T apply(T object) {
        return client.resource(object).fieldManager("slipway").forceConflicts().serverSideApply();
    }

    private static Deployment deployment(int replicas) {
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName("web")
                .withNamespace("acme")
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withNewSelector()
                .withMatchLabels(Map.of("app", "web"))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(Map.of("app", "web"))
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("web")
                .withImage("nginx:1.27")
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private static Service nodePortService(String version) {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName("tcp")
                .withNamespace("acme")
                .withLabels(Map.of("version", version))
                .endMetadata()
                .withNewSpec()
                .withType("NodePort")
                .withSelector(Map.of("app", "tcp"))
                .addNewPort()
                .withName("tcp")
                .withPort(5000)
                .endPort()
                .endSpec()
                .build();
    }
}
