package io.slipway.deployer;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.DesiredApps;
import io.slipway.plan.Plans;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Connects to the cluster: the embedded one, or a real one found the way fabric8 finds it. */
@Configuration
class KubernetesConfig {

    private static final Logger log = LoggerFactory.getLogger(KubernetesConfig.class);

    /** Slipway retries failed applies itself; the client should fail fast instead of retrying for minutes. */
    private static final int CLIENT_RETRIES = 1;

    @Bean(destroyMethod = "stop")
    @Conditional(EmbeddedModeCondition.class)
    EmbeddedCluster embeddedCluster(DeployerProperties properties) {
        EmbeddedCluster cluster = EmbeddedCluster.start(properties.embedded().port());
        log.info("Started the embedded (simulated) cluster at {}", cluster.url());
        return cluster;
    }

    @Bean(destroyMethod = "close")
    KubernetesClient kubernetesClient(ObjectProvider<EmbeddedCluster> embedded) {
        EmbeddedCluster cluster = embedded.getIfAvailable();
        Config config = cluster != null
                ? new ConfigBuilder(Config.empty())
                        .withMasterUrl(cluster.url())
                        .withTrustCerts(true)
                        .withRequestRetryBackoffLimit(CLIENT_RETRIES)
                        .build()
                : new ConfigBuilder(Config.autoConfigure(null))
                        .withRequestRetryBackoffLimit(CLIENT_RETRIES)
                        .build();
        if (cluster == null) {
            log.info("Using the Kubernetes cluster at {}", config.getMasterUrl());
        }
        return new KubernetesClientBuilder().withConfig(config).build();
    }

    @Bean
    ObjectSync objectSync(KubernetesClient client, ObjectProvider<EmbeddedCluster> embedded) {
        ObjectApplier applier =
                embedded.getIfAvailable() != null ? new CreateOrUpdateApplier(client) : new ServerSideApplier(client);
        return new ObjectSync(client, applier);
    }

    @Bean
    AppObjects appObjects(ObjectSync sync, KubernetesClient client, DeployerProperties properties) {
        return new AppObjects(sync, client, properties.publicTraffic());
    }

    @Bean
    TeamNamespaces teamNamespaces(Teams teams, Plans plans, ObjectSync sync, KubernetesClient client) {
        return new TeamNamespaces(teams, plans, sync, client);
    }

    @Bean
    ClusterWatch clusterWatch(KubernetesClient client) {
        return new ClusterWatch(client);
    }

    @Bean(destroyMethod = "stop")
    StatusReporter statusReporter(ClusterWatch watch, DesiredApps desiredApps, KubernetesClient client) {
        return new StatusReporter(watch, desiredApps, client);
    }

    @Bean
    Leadership leadership(
            KubernetesClient client, ObjectProvider<EmbeddedCluster> embedded, DeployerProperties properties) {
        if (embedded.getIfAvailable() != null) {
            return Leadership.ALWAYS;
        }
        DeployerProperties.LeaderElection election = properties.leaderElection();
        return new LeaseLeadership(client, election.namespace(), election.identity(), election);
    }

    /** Drift the informers see: an app by installation id, a team by slug. */
    @Bean(destroyMethod = "stop")
    ReconcileQueue reconcileQueue(
            DeployerProperties properties,
            Leadership leadership,
            @Lazy AppReconciler reconciler,
            Teams teams,
            @Lazy TeamNamespaces namespaces,
            KubernetesClient client) {
        return new ReconcileQueue(properties, leadership, key -> switch (key.kind()) {
            case "app" -> reconciler.reconcile(UUID.fromString(key.id()));
            case "team" -> {
                teams.activeBySlug(key.id()).ifPresent(team -> namespaces.apply(team, LiveObjects.reading(client)));
                yield true;
            }
            default -> throw new IllegalArgumentException("No such work: " + key.kind());
        });
    }
}
