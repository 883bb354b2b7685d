package io.slipway.deployer;

/**
 * Whether this replica of Slipway is the one that writes to the cluster. With several replicas exactly one
 * leads, elected on a Lease; the others serve users and keep their status informers running.
 */
interface Leadership {

    boolean isLeader();

    /** The embedded cluster belongs to this process alone, which therefore always leads. */
    Leadership ALWAYS = () -> true;
}
