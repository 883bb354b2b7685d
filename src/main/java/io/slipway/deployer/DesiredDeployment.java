package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.CapabilitiesBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.slipway.catalog.Protocol;
import io.slipway.installation.DesiredApp;
import java.util.List;
import java.util.Map;

/** An app's Deployment: one hardened pod whose requests and limits are both the app's share. */
final class DesiredDeployment {

    static final String CONTAINER = "app";

    /** The app's memory share in MiB, on the Deployment itself, so that "out of memory" can name it. */
    static final String MEMORY_ANNOTATION = "slipway.io/memory-mib";

    /** When a user last asked for a restart: a new value changes the pod template, so the pods are replaced. */
    static final String RESTARTED_AT_ANNOTATION = "slipway.io/restarted-at";

    private static final String DATA_VOLUME = "data";

    /**
     * Capabilities given back to images that start as root: official images such as nginx and postgres bind
     * low ports, chown their data and switch users on start. All are allowed by the baseline Pod Security level.
     */
    private static final String[] ROOT_IMAGE_CAPABILITIES = {
        "CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID", "NET_BIND_SERVICE"
    };

    private DesiredDeployment() {}

    static Deployment of(DesiredApp app) {
        Map<String, String> labels = Labels.app(app.teamSlug(), app.name(), app.installationId());
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName(app.name())
                .withNamespace(app.namespace())
                .withLabels(labels)
                .withAnnotations(
                        Map.of(MEMORY_ANNOTATION, String.valueOf(app.resources().memoryMib())))
                .endMetadata()
                .withNewSpec()
                // A stopped app keeps its objects and its share, and runs no pod
                .withReplicas(app.stopped() ? 0 : 1)
                // Recreate: with requests = limits = the whole share, a rolling update would need twice the quota
                .withNewStrategy()
                .withType("Recreate")
                .endStrategy()
                .withNewSelector()
                .withMatchLabels(Labels.selector(app.installationId()))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(labels)
                .withAnnotations(
                        app.restartedAt() == null
                                ? null
                                : Map.of(
                                        RESTARTED_AT_ANNOTATION,
                                        app.restartedAt().toString()))
                .endMetadata()
                .withNewSpec()
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withSecurityContext(podSecurity(app))
                .withImagePullSecrets(
                        app.pullSecret() == null
                                ? List.of()
                                : List.of(new LocalObjectReference(DesiredPullSecret.name(app.name()))))
                .withContainers(container(app))
                .withVolumes(dataVolume(app))
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    /** The app's persistent volume claim, or an emptyDir at the catalog entry's data path, or nothing. */
    private static List<Volume> dataVolume(DesiredApp app) {
        if (app.volume() != null) {
            return List.of(new VolumeBuilder()
                    .withName(DATA_VOLUME)
                    .withNewPersistentVolumeClaim()
                    .withClaimName(app.volume().claimName())
                    .endPersistentVolumeClaim()
                    .build());
        }
        if (app.dataMountPath() == null) {
            return List.of();
        }
        return List.of(new VolumeBuilder()
                .withName(DATA_VOLUME)
                .withNewEmptyDir()
                .endEmptyDir()
                .build());
    }

    private static io.fabric8.kubernetes.api.model.PodSecurityContext podSecurity(DesiredApp app) {
        PodSecurityContextBuilder security = new PodSecurityContextBuilder()
                .withNewSeccompProfile()
                .withType("RuntimeDefault")
                .endSeccompProfile();
        if (app.runAsUser() != null && app.dataMountPath() != null) {
            security.withFsGroup(app.runAsUser().longValue());
        }
        return security.build();
    }

    private static io.fabric8.kubernetes.api.model.Container container(DesiredApp app) {
        Map<String, Quantity> share = Map.of(
                "cpu", new Quantity(app.resources().cpuMillis() + "m"),
                "memory", new Quantity(app.resources().memoryMib() + "Mi"));
        ContainerBuilder container = new ContainerBuilder()
                .withName(CONTAINER)
                .withImage(app.imageReference())
                .addNewPort()
                .withContainerPort(app.port())
                .withProtocol("TCP")
                .endPort()
                .addNewEnvFrom()
                .withNewSecretRef()
                .withName(DesiredEnvSecret.name(app))
                .endSecretRef()
                .endEnvFrom()
                .withResources(new ResourceRequirementsBuilder()
                        .withRequests(share)
                        .withLimits(share)
                        .build())
                .withNewSecurityContext()
                .withAllowPrivilegeEscalation(false)
                .withCapabilities(capabilities(app))
                .endSecurityContext();
        if (app.workingDir() != null) {
            container.withWorkingDir(app.workingDir());
        }
        if (app.dataMountPath() != null) {
            container.withVolumeMounts(new VolumeMountBuilder()
                    .withName(DATA_VOLUME)
                    .withMountPath(app.dataMountPath())
                    .build());
        }
        if (app.healthPath() != null && app.protocol() == Protocol.HTTP) {
            container
                    .withStartupProbe(httpProbe(app, 5, 60)) // up to five minutes to start
                    .withReadinessProbe(httpProbe(app, 10, 3))
                    .withLivenessProbe(httpProbe(app, 20, 3));
        }
        return container.build();
    }

    private static Capabilities capabilities(DesiredApp app) {
        CapabilitiesBuilder capabilities = new CapabilitiesBuilder().withDrop("ALL");
        return app.runAsUser() == null
                ? capabilities.withAdd(ROOT_IMAGE_CAPABILITIES).build()
                : capabilities.build();
    }

    private static Probe httpProbe(DesiredApp app, int periodSeconds, int failureThreshold) {
        return new ProbeBuilder()
                .withNewHttpGet()
                .withPath(app.healthPath())
                .withPort(new IntOrString(app.port()))
                .endHttpGet()
                .withPeriodSeconds(periodSeconds)
                .withFailureThreshold(failureThreshold)
                .build();
    }
}
