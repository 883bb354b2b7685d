package io.slipway.deployer;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Hands failed applies (incomplete event publications) to their listeners again, at the retry interval. */
@Component
class PublicationRetrier {

    private final IncompleteEventPublications publications;
    private final DeployerProperties properties;

    PublicationRetrier(IncompleteEventPublications publications, DeployerProperties properties) {
        this.publications = publications;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${slipway.kubernetes.retry-interval:10s}")
    void retry() {
        publications.resubmitIncompletePublicationsOlderThan(properties.retryInterval());
    }
}
