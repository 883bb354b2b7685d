package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.slipway.Fixtures.Member;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.DesiredApp;
import io.slipway.team.TeamSummary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedClusterTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedCluster cluster;

    @BeforeEach
    void start() {
        cluster = EmbeddedCluster.start(0);
    }

    @AfterEach
    void stop() {
        cluster.stop();
    }

    @Test
    void answersTheDiscoveryRequestsKubectlMakes() throws Exception {
        assertThat(get("/api")).contains("\"kind\":\"APIVersions\"").contains("\"v1\"");
        assertThat(get("/apis")).contains("\"kind\":\"APIGroupList\"").contains("\"apps/v1\"");
        assertThat(get("/apis/apps/v1"))
                .contains("\"kind\":\"APIResourceList\"")
                .contains("\"deployments\"");
        assertThat(get("/api/v1")).contains("\"resourcequotas\"").contains("\"namespaces\"");
    }

    @Test
    void keepsItsObjectsAcrossAnOutage() throws Exception {
        post("/api/v1/namespaces", "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"kept\"}}");

        cluster.pause();
        cluster.resume();

        assertThat(get("/api/v1/namespaces")).contains("\"name\":\"kept\"");
    }

    @Test
    void storesSeededObjectsAsACreateWouldHave() {
        Member member = new Member(
                UUID.randomUUID(), "seeder", new TeamSummary(UUID.randomUUID(), "Seeded", "seeded", UUID.randomUUID()));
        DesiredApp app = Desired.app(member, "seeded");
        DesiredApp tcp = Desired.publicTcp(member, "tcp");
        try (KubernetesClient client = client()) {
            Deployment created = client.resource(DesiredDeployment.of(app)).create();

            DesiredApp other = Desired.app(member, "other");
            cluster.seed(List.of(DesiredDeployment.of(other), DesiredNetwork.service(tcp)));

            Deployment seeded = client.apps()
                    .deployments()
                    .inNamespace(app.namespace())
                    .withName("other")
                    .get();
            assertThat(seeded.getMetadata())
                    .satisfies(metadata -> assertThat(metadata.getUid()).isNotBlank())
                    .satisfies(metadata ->
                            assertThat(metadata.getCreationTimestamp()).endsWith("Z"))
                    .satisfies(metadata -> assertThat(Long.parseLong(metadata.getResourceVersion()))
                            .isGreaterThan(Long.parseLong(created.getMetadata().getResourceVersion())))
                    .satisfies(metadata -> assertThat(metadata.getGeneration()).isEqualTo(1L));
            assertThat(OwnedFields.match(DesiredDeployment.of(other), seeded)).isTrue();
            assertThat(client.apps()
                            .deployments()
                            .inAnyNamespace()
                            .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                            .list()
                            .getItems())
                    .extracting(deployment -> deployment.getMetadata().getName())
                    .containsExactlyInAnyOrder("seeded", "other");
            Service service = client.services()
                    .inNamespace(app.namespace())
                    .withName("tcp")
                    .get();
            assertThat(OwnedFields.match(DesiredNetwork.service(tcp), service)).isTrue();
            assertThat(DesiredNetwork.nodePort(service)).isBetween(30000, 32767);
            HasMetadata again = DesiredDeployment.of(other);
            assertThat(catchThrowableOfType(
                            KubernetesClientException.class,
                            () -> client.resource(again).create()))
                    .satisfies(e -> assertThat(e.getCode()).isEqualTo(409));
        }
    }

    private KubernetesClient client() {
        return new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty())
                        .withMasterUrl(cluster.url())
                        .build())
                .build();
    }

    private String get(String path) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(cluster.url() + path)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private void post(String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(cluster.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isBetween(200, 201);
    }
}
