package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.slipway.installation.InstallationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusReasonsTest {

    private static final StatusReasons.LogTail NO_LOG = (namespace, pod) -> null;

    @Test
    void callsADeploymentScaledToZeroStopped() {
        ObservedStatus status = StatusReasons.of(deployment(0, 0), List.of(), List.of(), NO_LOG);

        assertThat(status.status()).isEqualTo(InstallationStatus.STOPPED);
        assertThat(status.reason()).contains("keeps its share of your allocation");
    }

    @Test
    void callsAScheduledPodThatIsNotReadyYetStarting() {
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName("app-1-x")
                .endMetadata()
                .withNewSpec()
                .withNodeName("node")
                .endSpec()
                .withNewStatus()
                .withPhase("Running")
                .endStatus()
                .build();

        ObservedStatus status = StatusReasons.of(deployment(1, 0), List.of(pod), List.of(), NO_LOG);

        assertThat(status.status()).isEqualTo(InstallationStatus.STARTING);
        assertThat(status.reason()).contains("health check");
    }

    @Test
    void readsTheQuotaFromTheDeploymentConditionWhenTheEventExpired() {
        Deployment deployment = new DeploymentBuilder(deployment(1, 0))
                .editStatus()
                .addNewCondition()
                .withType("ReplicaFailure")
                .withStatus("True")
                .withMessage("pods \"app-1-x\" is forbidden: exceeded quota: slipway-quota")
                .endCondition()
                .endStatus()
                .build();

        ObservedStatus status = StatusReasons.of(deployment, List.of(), List.of(), NO_LOG);

        assertThat(status.status()).isEqualTo(InstallationStatus.FAILED);
        assertThat(status.reason()).startsWith("Blocked by quota");
    }

    @Test
    void keepsALongCrashLogWithinTheReasonColumn() {
        Pod pod = new PodBuilder()
                .withNewMetadata()
                .withName("app-1-x")
                .withNamespace("slipway-t")
                .endMetadata()
                .withNewSpec()
                .withNodeName("node")
                .endSpec()
                .withNewStatus()
                .addNewContainerStatus()
                .withName("app")
                .withRestartCount(5)
                .withNewState()
                .withNewWaiting()
                .withReason("CrashLoopBackOff")
                .endWaiting()
                .endState()
                .endContainerStatus()
                .endStatus()
                .build();

        ObservedStatus status =
                StatusReasons.of(deployment(1, 0), List.of(pod), List.of(), (namespace, name) -> "x".repeat(2000));

        assertThat(status.status()).isEqualTo(InstallationStatus.FAILED);
        assertThat(status.reason()).startsWith("Crashing on start").hasSize(ObservedStatus.MAX_REASON);
    }

    @Test
    void tiesEventsToTheAppTheyAreAbout() {
        var event = new EventBuilder()
                .withNewMetadata()
                .withNamespace("slipway-acme")
                .endMetadata()
                .withType("Warning")
                .withNewInvolvedObject()
                .withKind("ReplicaSet")
                .withName("my-app-5d8f7c9b6")
                .endInvolvedObject()
                .build();

        assertThat(ClusterWatch.appName(event)).isEqualTo("my-app");
        event.getInvolvedObject().setKind("Pod");
        event.getInvolvedObject().setName("my-app-5d8f7c9b6-x7k2p");
        assertThat(ClusterWatch.appName(event)).isEqualTo("my-app");
        event.getMetadata().setNamespace("kube-system");
        assertThat(ClusterWatch.appName(event)).isNull();
    }

    private static Deployment deployment(int replicas, int available) {
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName("app")
                .withNamespace("slipway-t")
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .endSpec()
                .withNewStatus()
                .withAvailableReplicas(available)
                .endStatus()
                .build();
    }
}
