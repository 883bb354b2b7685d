package io.slipway.deployer;

/** What the embedded cluster's simulated node makes of an app, so that every status a person can see is tested. */
enum SimulatedFault {
    /** Pulls, starts and passes its health check. */
    NONE,
    /** The registry has no such image (ErrImagePull, then ImagePullBackOff). */
    IMAGE_NOT_FOUND,
    /** The registry wants credentials that the app does not have. */
    PULL_DENIED,
    /** The container exits with code 1 soon after it starts (CrashLoopBackOff) and leaves a log. */
    CRASH_ON_START,
    /** The container is killed for using more memory than its limit (OOMKilled). */
    OUT_OF_MEMORY,
    /** The ReplicaSet cannot create the pod: it would exceed the namespace's ResourceQuota. */
    QUOTA_EXCEEDED,
    /** The pod waits to be scheduled: its PersistentVolumeClaim is not bound. */
    VOLUME_PENDING,
    /** The ReplicaSet cannot create the pod: the namespace's Pod Security level forbids it. */
    POD_SECURITY
}
