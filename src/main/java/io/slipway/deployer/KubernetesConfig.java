package io.slipway.deployer;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.slipway.deployer.embedded.EmbeddedCluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

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
    ObjectApplier objectApplier(KubernetesClient client, ObjectProvider<EmbeddedCluster> embedded) {
        return embedded.getIfAvailable() != null ? new CreateOrUpdateApplier(client) : new ServerSideApplier(client);
    }
}
