package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.installation.Access;
import io.slipway.installation.DesiredApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/** Applies an app's objects into its team's namespace and removes those its settings no longer call for. */
@Component
class AppObjects {

    private static final Logger log = LoggerFactory.getLogger(AppObjects.class);

    private final TeamNamespaces namespaces;
    private final ObjectApplier applier;
    private final KubernetesClient client;

    AppObjects(TeamNamespaces namespaces, ObjectApplier applier, KubernetesClient client) {
        this.namespaces = namespaces;
        this.applier = applier;
        this.client = client;
    }

    /** Applies everything the app needs; returns its Deployment as the API server now has it. */
    Deployment apply(DesiredApp app) {
        try (var ignored = MDC.putCloseable("installation", app.installationId().toString());
                var ignoredTeam = MDC.putCloseable("team", app.teamSlug());
                var ignoredNamespace = MDC.putCloseable("namespace", app.namespace())) {
            namespaces.apply(app.teamId());
            applier.apply(DesiredEnvSecret.of(app));
            Deployment deployment = applier.apply(DesiredDeployment.of(app));
            applier.apply(DesiredNetwork.service(app));
            if (app.hostname() != null) {
                applier.apply(DesiredNetwork.ingress(app));
            } else {
                client.network()
                        .v1()
                        .ingresses()
                        .inNamespace(app.namespace())
                        .withName(app.name())
                        .delete();
            }
            if (app.access() == Access.PUBLIC) {
                applier.apply(DesiredNetwork.publicPolicy(app));
            } else {
                client.network()
                        .v1()
                        .networkPolicies()
                        .inNamespace(app.namespace())
                        .withName(DesiredNetwork.publicPolicyName(app))
                        .delete();
            }
            log.info("Applied app {} in {}", app.name(), app.namespace());
            return deployment;
        }
    }
}
