package io.slipway.installation;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stops, starts and restarts apps: their owner or a team admin may. Each is a change of desired state, stored
 * with an {@link InstallationChanged} event for the deployer and an {@link AppChanged} for the audit log, in one
 * transaction; the resync keeps a stopped app stopped.
 */
@Service
public class AppLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AppLifecycle.class);

    private final AppAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AppLifecycle(AppAccess access, ApplicationEventPublisher events) {
        this.access = access;
        this.events = events;
    }

    /**
     * Scales the app to no replica; it keeps its share of the owner's allocation.
     *
     * @throws AppNotFound for an unknown id or another team's app
     * @throws AppActionRefused for a member who neither owns the app nor is a team admin
     */
    @Transactional
    public void stop(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toChange(userId, installationId);
        if (!target.installation().isStopped()) {
            target.installation().stop();
            changed(
                    target,
                    AppChange.STOPPED,
                    "Stopped " + target.installation().getName() + "; it keeps its share");
        }
    }

    /** Runs a stopped app again. Same refusals as {@link #stop}. */
    @Transactional
    public void start(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toChange(userId, installationId);
        if (target.installation().isStopped()) {
            target.installation().start();
            changed(
                    target,
                    AppChange.STARTED,
                    "Started " + target.installation().getName());
        }
    }

    /** Replaces the app's pods with new ones. Same refusals as {@link #stop}. */
    @Transactional
    public void restart(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toChange(userId, installationId);
        target.installation().restart(clock.instant());
        changed(
                target,
                AppChange.RESTARTED,
                "Restarted " + target.installation().getName());
    }

    private void changed(AppAccess.Target target, AppChange change, String detail) {
        Installation installation = target.installation();
        events.publishEvent(new InstallationChanged(installation.getId()));
        events.publishEvent(new AppChanged(
                installation.getTeamId(),
                installation.getId(),
                target.actor().userId(),
                installation.getOwnerId(),
                installation.getName(),
                change,
                detail));
        log.info(
                "Recorded {} of app {} in team {}",
                change,
                installation.getName(),
                target.actor().team().slug());
    }
}
