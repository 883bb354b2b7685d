package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which cluster {@code slipway.kubernetes.mode} means. {@code auto} reads environment variables, which a test
 * cannot set; it is tested through the home directory's kubeconfig instead.
 */
class ClusterDetectionTest {

    @Test
    void takesAnExplicitModeAsItIs() {
        assertThat(ClusterDetection.embedded("embedded")).isTrue();
        assertThat(ClusterDetection.embedded("cluster")).isFalse();
    }

    @Test
    void refusesAModeItDoesNotKnowNamingTheOnesItDoes() {
        assertThatThrownBy(() -> ClusterDetection.embedded("kind"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded, cluster or auto");
    }

    @Test
    void choosesTheClusterOfAKubeconfigInTheHomeDirectory(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve(".kube"));
        Files.writeString(home.resolve(".kube").resolve("config"), "apiVersion: v1\nkind: Config\n");

        assertThat(withHome(home, () -> ClusterDetection.embedded("auto"))).isFalse();
    }

    @Test
    void choosesTheEmbeddedClusterWhenNoneIsConfigured(@TempDir Path home) {
        assumeTrue(
                System.getenv("KUBECONFIG") == null && System.getenv("KUBERNETES_SERVICE_HOST") == null,
                "this machine's environment names a cluster");

        assertThat(withHome(home, () -> ClusterDetection.embedded("auto"))).isTrue();
    }

    private static boolean withHome(Path home, BooleanSupplier check) {
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            return check.getAsBoolean();
        } finally {
            System.setProperty("user.home", before);
        }
    }
}
