package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.deployer.embedded.EmbeddedCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
