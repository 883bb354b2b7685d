package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The resource version of each object Slipway made for an app, by kind and name: it changes with every write. */
final class ObjectVersions {

    private ObjectVersions() {}

    static Map<String, String> of(KubernetesClient kubernetes, String namespace, String app) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.addAll(kubernetes
                .apps()
                .deployments()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .services()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .secrets()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .ingresses()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        objects.addAll(kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(namespace)
                .withLabel(Labels.NAME, app)
                .list()
                .getItems());
        Map<String, String> versions = new TreeMap<>();
        objects.forEach(object -> versions.put(
                object.getKind() + "/" + object.getMetadata().getName(),
                object.getMetadata().getResourceVersion()));
        return versions;
    }
}
