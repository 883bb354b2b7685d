package io.slipway.deployer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether fabric8 would find a real cluster: in-cluster service account, {@code KUBECONFIG}, or ~/.kube/config. */
final class ClusterDetection {

    private ClusterDetection() {}

    /** Whether {@code slipway.kubernetes.mode} means the embedded cluster. */
    static boolean embedded(String mode) {
        return switch (mode) {
            case "embedded" -> true;
            case "cluster" -> false;
            case "auto" -> !clusterConfigured();
            default ->
                throw new IllegalStateException("slipway.kubernetes.mode is embedded, cluster or auto, not " + mode);
        };
    }

    static boolean clusterConfigured() {
        if (System.getenv("KUBERNETES_SERVICE_HOST") != null) {
            return true;
        }
        String kubeconfig = System.getenv("KUBECONFIG");
        if (kubeconfig != null && !kubeconfig.isBlank()) {
            return true;
        }
        return Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"));
    }
}
