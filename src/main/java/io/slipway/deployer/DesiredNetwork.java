package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.slipway.catalog.Protocol;
import io.slipway.installation.Access;
import io.slipway.installation.DesiredApp;
import java.util.List;

/** How an app is reached: its Service, the Ingress of a public HTTP app, and the policy that admits outsiders. */
final class DesiredNetwork {

    /** The label Kubernetes puts on every namespace with its own name. */
    static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

    private DesiredNetwork() {}

    static Service service(DesiredApp app) {
        boolean nodePort = app.access() == Access.PUBLIC && app.protocol() == Protocol.TCP;
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(app.name())
                .withNamespace(app.namespace())
                .withLabels(Labels.app(app.teamSlug(), app.name(), app.installationId()))
                .endMetadata()
                .withNewSpec()
                .withType(nodePort ? "NodePort" : "ClusterIP")
                .withSelector(Labels.selector(app.installationId()))
                .addNewPort()
                .withName(app.protocol() == Protocol.HTTP ? "http" : "tcp")
                .withPort(app.port())
                .withTargetPort(new IntOrString(app.port()))
                .withProtocol("TCP")
                .endPort()
                .endSpec()
                .build();
    }

    /** The node port a NodePort Service got from the cluster; null for other Services or none yet. */
    static Integer nodePort(Service service) {
        if (service == null
                || service.getSpec() == null
                || !"NodePort".equals(service.getSpec().getType())
                || service.getSpec().getPorts().isEmpty()) {
            return null;
        }
        return service.getSpec().getPorts().getFirst().getNodePort();
    }

    static Ingress ingress(DesiredApp app) {
        return new IngressBuilder()
                .withNewMetadata()
                .withName(app.name())
                .withNamespace(app.namespace())
                .withLabels(Labels.app(app.teamSlug(), app.name(), app.installationId()))
                .endMetadata()
                .withNewSpec()
                .addNewRule()
                .withHost(app.hostname())
                .withNewHttp()
                .addNewPath()
                .withPath("/")
                .withPathType("Prefix")
                .withNewBackend()
                .withNewService()
                .withName(app.name())
                .withNewPort()
                .withNumber(app.port())
                .endPort()
                .endService()
                .endBackend()
                .endPath()
                .endHttp()
                .endRule()
                .endSpec()
                .build();
    }

    static String publicPolicyName(DesiredApp app) {
        return publicPolicyName(app.name());
    }

    static String publicPolicyName(String appName) {
        return "allow-public-" + appName;
    }

    /**
     * Admits outsiders to a public app's port; the namespace denies everything else by default. A public HTTP
     * app admits only the ingress controller's pods, a public TCP app the configured address ranges (its
     * NodePort is open to them).
     */
    static NetworkPolicy publicPolicy(DesiredApp app, DeployerProperties.PublicTraffic traffic) {
        List<NetworkPolicyPeer> from = app.protocol() == Protocol.HTTP
                ? List.of(new NetworkPolicyPeerBuilder()
                        .withNewNamespaceSelector()
                        .addToMatchLabels(NAMESPACE_NAME_LABEL, traffic.ingressControllerNamespace())
                        .endNamespaceSelector()
                        .build())
                : traffic.tcpSources().stream()
                        .map(cidr -> new NetworkPolicyPeerBuilder()
                                .withNewIpBlock()
                                .withCidr(cidr)
                                .endIpBlock()
                                .build())
                        .toList();
        return new NetworkPolicyBuilder()
                .withNewMetadata()
                .withName(publicPolicyName(app))
                .withNamespace(app.namespace())
                .withLabels(Labels.app(app.teamSlug(), app.name(), app.installationId()))
                .endMetadata()
                .withNewSpec()
                .withNewPodSelector()
                .withMatchLabels(Labels.selector(app.installationId()))
                .endPodSelector()
                .addNewIngress()
                .withFrom(from)
                .addNewPort()
                .withPort(new IntOrString(app.port()))
                .withProtocol("TCP")
                .endPort()
                .endIngress()
                .withPolicyTypes("Ingress")
                .endSpec()
                .build();
    }
}
