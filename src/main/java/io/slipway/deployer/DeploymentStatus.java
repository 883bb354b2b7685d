package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.slipway.installation.InstallationStatus;

/** What a Deployment's state means for the person who installed the app. */
record DeploymentStatus(InstallationStatus status, String reason) {

    static DeploymentStatus of(Deployment deployment) {
        int desired = deployment.getSpec().getReplicas() == null
                ? 1
                : deployment.getSpec().getReplicas();
        if (desired == 0) {
            return new DeploymentStatus(InstallationStatus.STOPPED, "Stopped; it keeps its share of your allocation");
        }
        Integer available =
                deployment.getStatus() == null ? null : deployment.getStatus().getAvailableReplicas();
        if (available != null && available >= desired) {
            return new DeploymentStatus(InstallationStatus.RUNNING, "Running and answering its health check");
        }
        return new DeploymentStatus(InstallationStatus.STARTING, "Starting: pulling the image and starting the app");
    }
}
