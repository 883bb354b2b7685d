package io.slipway.deployer;

import io.slipway.base.RetriedLater;

/**
 * Whether this replica of Slipway is the one that writes to the cluster. With several replicas exactly one
 * leads, elected on a Lease; the others serve users and keep their status informers running.
 */
interface Leadership {

    boolean isLeader();

    /**
     * Refuses work on a replica that does not lead: the event publication stays incomplete, and the leader's
     * retrier takes it.
     */
    default void requireLeader() {
        if (!isLeader()) {
            throw new RetriedLater("Not the leader; the leader's retrier takes it", null);
        }
    }

    /** The embedded cluster belongs to this process alone, which therefore always leads. */
    Leadership ALWAYS = () -> true;
}
