package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ReducedStateItemStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The informers that keep Slipway's view of the cluster: its Deployments and Pods, the policies and quotas it
 * restores when they drift (all selected by Slipway's label), and warning Events in team namespaces, which carry
 * no labels. Handlers register before {@link #start()}; the caches are indexed by installation and by app.
 */
class ClusterWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterWatch.class);

    static final String BY_INSTALLATION = "installation";
    static final String BY_APP = "app";
    static final String NAMESPACE_PREFIX = "slipway-";

    /**
     * What the caches keep of Deployments and pods: what status and drift detection read, not the pod
     * templates, which are most of an object's size. Handlers still see whole objects as they arrive.
     */
    private static final String[] DEPLOYMENT_FIELDS = {
        "metadata.labels", "metadata.annotations", "metadata.generation", "spec.replicas", "status"
    };

    private static final String[] POD_FIELDS = {
        "metadata.labels", "metadata.deletionTimestamp", "spec.nodeName", "status"
    };

    /** What the status of an app needs from a warning about it: what went wrong, about which object, and when. */
    private static final String[] EVENT_FIELDS = {
        "metadata.creationTimestamp",
        "type",
        "reason",
        "message",
        "involvedObject.kind",
        "involvedObject.name",
        "lastTimestamp"
    };

    private final KubernetesClient client;
    private final List<ResourceEventHandler<Deployment>> deploymentHandlers = new ArrayList<>();
    private final List<ResourceEventHandler<Pod>> podHandlers = new ArrayList<>();
    private final List<ResourceEventHandler<Event>> eventHandlers = new ArrayList<>();
    private final List<ResourceEventHandler<NetworkPolicy>> policyHandlers = new ArrayList<>();
    private final List<ResourceEventHandler<ResourceQuota>> quotaHandlers = new ArrayList<>();
    private volatile SharedIndexInformer<Deployment> deployments;
    private volatile SharedIndexInformer<Pod> pods;
    private volatile SharedIndexInformer<Event> events;
    private volatile SharedIndexInformer<NetworkPolicy> policies;
    private volatile SharedIndexInformer<ResourceQuota> quotas;

    ClusterWatch(KubernetesClient client) {
        this.client = client;
    }

    void onDeployments(ResourceEventHandler<Deployment> handler) {
        deploymentHandlers.add(handler);
    }

    void onPods(ResourceEventHandler<Pod> handler) {
        podHandlers.add(handler);
    }

    void onEvents(ResourceEventHandler<Event> handler) {
        eventHandlers.add(handler);
    }

    void onNetworkPolicies(ResourceEventHandler<NetworkPolicy> handler) {
        policyHandlers.add(handler);
    }

    void onResourceQuotas(ResourceEventHandler<ResourceQuota> handler) {
        quotaHandlers.add(handler);
    }

    @Override
    public void start() {
        deployments = start(
                reduced(
                        client.apps()
                                .deployments()
                                .inAnyNamespace()
                                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                                .runnableInformer(0),
                        Deployment.class,
                        DEPLOYMENT_FIELDS),
                deploymentHandlers,
                Map.of(BY_INSTALLATION, ClusterWatch::installationOf));
        pods = start(
                reduced(
                        client.pods()
                                .inAnyNamespace()
                                .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                                .runnableInformer(0),
                        Pod.class,
                        POD_FIELDS),
                podHandlers,
                Map.of(BY_INSTALLATION, ClusterWatch::installationOf));
        // Each kept with just the fields a status needs. Not selected by type=Warning on the server: the embedded
        // server's watches then deliver no event at all; appName() passes over Normal events instead
        events = start(
                reduced(client.v1().events().inAnyNamespace().runnableInformer(0), Event.class, EVENT_FIELDS),
                eventHandlers,
                Map.of(BY_APP, ClusterWatch::appOf));
        policies = start(
                client.network()
                        .v1()
                        .networkPolicies()
                        .inAnyNamespace()
                        .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                        .runnableInformer(0),
                policyHandlers,
                Map.of());
        quotas = start(
                client.resourceQuotas()
                        .inAnyNamespace()
                        .withLabel(Labels.MANAGED_BY, Labels.SLIPWAY)
                        .runnableInformer(0),
                quotaHandlers,
                Map.of());
        log.info("Watching Slipway's deployments, pods, policies, quotas and the events of team namespaces");
    }

    private <T extends HasMetadata> SharedIndexInformer<T> reduced(
            SharedIndexInformer<T> informer, Class<T> type, String... fields) {
        return informer.itemStore(new ReducedStateItemStore<>(
                ReducedStateItemStore.NAME_KEY_STATE, type, client.getKubernetesSerialization(), fields));
    }

    private static <T extends HasMetadata> SharedIndexInformer<T> start(
            SharedIndexInformer<T> informer,
            List<ResourceEventHandler<T>> handlers,
            Map<String, Function<T, List<String>>> indexers) {
        informer.addIndexers(indexers);
        handlers.forEach(informer::addEventHandler);
        // Keep retrying while the cluster is away, instead of giving up on the first failure
        informer.exceptionHandler((started, error) -> true);
        informer.start();
        return informer;
    }

    @Override
    public void stop() {
        informers().forEach(SharedIndexInformer::close);
    }

    @Override
    public boolean isRunning() {
        return deployments != null && deployments.isRunning();
    }

    /**
     * Not stopped when the application context is paused (as Spring's test framework pauses a cached context it
     * switches away from): stopping closes the informers' watches, and the embedded API server, closing a watch
     * while it still has events to send it, blocks its event loop for up to a minute, so every request to it
     * timed out meanwhile. Watches that stay open cost nothing while nothing writes.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    /** Whether every informer has listed its kind once. */
    boolean synced() {
        return Stream.of(deployments, pods, events, policies, quotas)
                .allMatch(informer -> informer != null && informer.hasSynced());
    }

    List<SharedIndexInformer<?>> informers() {
        return List.of(deployments, pods, events, policies, quotas);
    }

    SharedIndexInformer<Deployment> deployments() {
        return deployments;
    }

    Deployment deployment(String installationId) {
        return deployments.getIndexer().byIndex(BY_INSTALLATION, installationId).stream()
                .findFirst()
                .orElse(null);
    }

    Deployment deployment(String namespace, String name) {
        return deployments.getStore().getByKey(Cache.namespaceKeyFunc(namespace, name));
    }

    List<Pod> pods(String installationId) {
        return pods.getIndexer().byIndex(BY_INSTALLATION, installationId);
    }

    /** The warning events about an app's Deployment, ReplicaSets, pods and volume. */
    List<Event> events(String namespace, String appName) {
        return events.getIndexer().byIndex(BY_APP, namespace + "/" + appName);
    }

    private static List<String> installationOf(HasMetadata object) {
        String id = Labels.installation(object);
        return id == null ? List.of() : List.of(id);
    }

    private static List<String> appOf(Event event) {
        String app = appName(event);
        return app == null ? List.of() : List.of(event.getMetadata().getNamespace() + "/" + app);
    }

    /**
     * The app an event is about, from the object it names: a ReplicaSet is {@code <app>-<hash>}, a pod
     * {@code <app>-<hash>-<suffix>}, a volume claim {@code <app>-data}. Only warnings in team namespaces count.
     */
    static String appName(Event event) {
        return "Warning".equals(event.getType()) ? involvedApp(event) : null;
    }

    /** The app any event in a team namespace is about, warning or not; null when it is about no app. */
    static String involvedApp(Event event) {
        ObjectReference about = event.getInvolvedObject();
        String namespace = event.getMetadata().getNamespace();
        if (about == null || about.getName() == null || namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            return null;
        }
        String name = about.getName();
        return switch (String.valueOf(about.getKind())) {
            case "Deployment" -> name;
            case "ReplicaSet" -> stripSuffixes(name, 1);
            case "Pod" -> stripSuffixes(name, 2);
            case "PersistentVolumeClaim" -> name.endsWith("-data") ? name.substring(0, name.length() - 5) : null;
            default -> null;
        };
    }

    private static String stripSuffixes(String name, int count) {
        String result = name;
        for (int i = 0; i < count; i++) {
            int dash = result.lastIndexOf('-');
            if (dash <= 0) {
                return null;
            }
            result = result.substring(0, dash);
        }
        return result;
    }
}
