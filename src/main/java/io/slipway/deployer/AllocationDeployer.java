package io.slipway.deployer;

import io.slipway.base.RetriedLater;
import io.slipway.installation.DesiredApps;
import io.slipway.team.AllocationChanged;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-applies a member's apps after their allocation changed: the apps keep their percentages, so their absolute
 * resources change. Like {@link InstallationDeployer}, runs after commit and outside any transaction; an app the
 * cluster did not take leaves the publication incomplete, to be retried.
 */
@Component
class AllocationDeployer {

    private static final Logger log = LoggerFactory.getLogger(AllocationDeployer.class);

    private final DesiredApps desiredApps;
    private final AppReconciler reconciler;
    private final Leadership leadership;

    AllocationDeployer(DesiredApps desiredApps, AppReconciler reconciler, Leadership leadership) {
        this.desiredApps = desiredApps;
        this.reconciler = reconciler;
        this.leadership = leadership;
    }

    @Async
    @TransactionalEventListener
    void on(AllocationChanged event) {
        leadership.requireLeader();
        int deferred = 0;
        for (UUID installationId : desiredApps.idsOwnedBy(event.memberId())) {
            deferred += reconciler.reconcile(installationId) ? 0 : 1;
        }
        if (deferred > 0) {
            throw new RetriedLater(
                    "Re-apply of " + deferred + " apps of member " + event.memberId() + " deferred", null);
        }
        log.debug("Re-applied the apps of member {} after an allocation change", event.memberId());
    }
}
