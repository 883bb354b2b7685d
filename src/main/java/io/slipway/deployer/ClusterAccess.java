package io.slipway.deployer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every kind and verb the deployer uses on a real cluster, and nothing more: the ClusterRole and Role in
 * {@code k8s/} must grant exactly these (a test checks). Writes are server-side apply ({@code patch}); the
 * create and update of the create-or-update path, the label-selected lists and watches of the informers and the
 * resync, the deletes of app and team deletion, and the Lease of leader election complete it. Secrets are read
 * and written by name only: a cluster-wide list or watch would expose every Secret of the cluster.
 */
final class ClusterAccess {

    /** One RBAC rule: a resource of an API group ("" is the core group) and its verbs. */
    record Rule(String apiGroup, String resource, Set<String> verbs) {}

    private static final Set<String> WRITE = Set.of("get", "create", "update", "patch");

    /** Cluster-wide, since team namespaces come and go at run time. */
    static final List<Rule> CLUSTER = List.of(
            new Rule("", "namespaces", union(WRITE, "list", "delete")),
            new Rule("", "resourcequotas", union(WRITE, "list", "watch")),
            new Rule("", "limitranges", union(WRITE, "list")),
            new Rule("", "secrets", union(WRITE, "delete")),
            new Rule("", "services", union(WRITE, "list", "delete")),
            new Rule("", "persistentvolumeclaims", union(WRITE, "delete")),
            new Rule("", "pods", Set.of("get", "list", "watch")),
            new Rule("", "pods/log", Set.of("get")),
            new Rule("", "events", Set.of("list", "watch")),
            new Rule("apps", "deployments", union(WRITE, "list", "watch", "delete")),
            new Rule("networking.k8s.io", "ingresses", union(WRITE, "list", "delete")),
            new Rule("networking.k8s.io", "networkpolicies", union(WRITE, "list", "watch", "delete")));

    /** In Slipway's own namespace only. */
    static final List<Rule> OWN_NAMESPACE =
            List.of(new Rule("coordination.k8s.io", "leases", Set.of("get", "create", "update")));

    private ClusterAccess() {}

    private static Set<String> union(Set<String> base, String... more) {
        Set<String> verbs = new TreeSet<>(base);
        verbs.addAll(List.of(more));
        return Set.copyOf(verbs);
    }
}
