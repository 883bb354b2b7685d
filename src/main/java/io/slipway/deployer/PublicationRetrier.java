package io.slipway.deployer;

import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed applies and deletes (incomplete event publications) to their listeners again, on the leader
 * only, each after an exponential backoff from its last try, capped at {@code max-retry-interval}.
 */
@Component
class PublicationRetrier {

    private final IncompleteEventPublications publications;
    private final DeployerProperties properties;
    private final Leadership leadership;

    PublicationRetrier(IncompleteEventPublications publications, DeployerProperties properties, Leadership leadership) {
        this.publications = publications;
        this.properties = properties;
        this.leadership = leadership;
    }

    @Scheduled(fixedDelayString = "${slipway.kubernetes.retry-poll-interval:1s}")
    void retry() {
        if (leadership.isLeader()) {
            Instant now = Instant.now();
            publications.resubmitIncompletePublications(publication -> due(publication, now));
        }
    }

    boolean due(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !last.plus(properties.backoff(publication.getCompletionAttempts()))
                .isAfter(now);
    }
}
