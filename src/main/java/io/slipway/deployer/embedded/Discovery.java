package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.APIVersionsBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscoveryBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The discovery documents (APIVersions, APIGroupList, APIResourceList) for the kinds Slipway uses, so that
 * {@code kubectl --server=<url>} can talk to the embedded cluster. The CRUD server alone answers these paths
 * with object lists, which kubectl cannot read.
 */
class Discovery {

    private static final List<String> VERBS = List.of("create", "delete", "get", "list", "patch", "update", "watch");

    private final Map<String, String> documents;

    Discovery(int port) {
        this.documents = Map.of(
                "/api", apiVersions(port),
                "/apis", groups(),
                "/api/v1",
                        resources(
                                "v1",
                                List.of(
                                        resource("namespaces", "Namespace", false, "ns"),
                                        resource("pods", "Pod", true, "po"),
                                        resource("services", "Service", true, "svc"),
                                        resource("secrets", "Secret", true),
                                        resource("events", "Event", true, "ev"),
                                        resource("resourcequotas", "ResourceQuota", true, "quota"),
                                        resource("limitranges", "LimitRange", true, "limits"),
                                        resource("persistentvolumeclaims", "PersistentVolumeClaim", true, "pvc"))),
                "/apis/apps/v1", resources("apps/v1", List.of(resource("deployments", "Deployment", true, "deploy"))),
                "/apis/networking.k8s.io/v1",
                        resources(
                                "networking.k8s.io/v1",
                                List.of(
                                        resource("ingresses", "Ingress", true, "ing"),
                                        resource("networkpolicies", "NetworkPolicy", true, "netpol"))),
                "/version", "{\"major\":\"1\",\"minor\":\"33\",\"gitVersion\":\"v1.33.0-slipway-embedded\"}");
    }

    Optional<String> document(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return Optional.ofNullable(documents.get(trimmed));
    }

    private static String apiVersions(int port) {
        return Serialization.asJson(new APIVersionsBuilder()
                .withVersions("v1")
                .addNewServerAddressByClientCIDR("0.0.0.0/0", "127.0.0.1:" + port)
                .build());
    }

    private static String groups() {
        return Serialization.asJson(new APIGroupListBuilder()
                .withGroups(group("apps"), group("networking.k8s.io"))
                .build());
    }

    private static io.fabric8.kubernetes.api.model.APIGroup group(String name) {
        var version = new GroupVersionForDiscoveryBuilder()
                .withGroupVersion(name + "/v1")
                .withVersion("v1")
                .build();
        return new APIGroupBuilder()
                .withName(name)
                .withVersions(version)
                .withPreferredVersion(version)
                .build();
    }

    private static String resources(String groupVersion, List<APIResource> resources) {
        return Serialization.asJson(new APIResourceListBuilder()
                .withGroupVersion(groupVersion)
                .withResources(resources)
                .build());
    }

    private static APIResource resource(String plural, String kind, boolean namespaced, String... shortNames) {
        return new APIResourceBuilder()
                .withName(plural)
                .withSingularName(kind.toLowerCase(java.util.Locale.ROOT))
                .withKind(kind)
                .withNamespaced(namespaced)
                .withVerbs(VERBS)
                .withShortNames(shortNames)
                .build();
    }
}
