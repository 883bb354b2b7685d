package io.slipway.deployer;

import io.slipway.installation.ImageReference;
import java.util.Arrays;

/**
 * What the embedded cluster's simulated node makes of an app, so that every status a person can see is tested, and
 * can be tried: an image whose tag is {@code simulate-} and a fault's name behaves as that fault
 * ({@code example.com/shop:simulate-crash}).
 */
enum SimulatedFault {
    /** Pulls, starts and passes its health check. */
    NONE(null),
    /** The registry has no such image (ErrImagePull, then ImagePullBackOff). */
    IMAGE_NOT_FOUND("missing"),
    /** The registry wants credentials that the app does not have. */
    PULL_DENIED("denied"),
    /** The container exits with code 1 soon after it starts (CrashLoopBackOff) and leaves a log. */
    CRASH_ON_START("crash"),
    /** The container is killed for using more memory than its limit (OOMKilled). */
    OUT_OF_MEMORY("oom"),
    /** The ReplicaSet cannot create the pod: it would exceed the namespace's ResourceQuota. */
    QUOTA_EXCEEDED("quota"),
    /** The pod waits to be scheduled: its PersistentVolumeClaim is not bound. */
    VOLUME_PENDING("volume-pending"),
    /** The ReplicaSet cannot create the pod: the namespace's Pod Security level forbids it. */
    POD_SECURITY("pod-security");

    private static final String TAG_PREFIX = "simulate-";

    private final String tag;

    SimulatedFault(String name) {
        this.tag = name == null ? null : TAG_PREFIX + name;
    }

    /** The fault an image reference's tag asks for; {@link #NONE} for any other tag, a digest or no tag. */
    static SimulatedFault ofImage(String image) {
        String version;
        try {
            version = ImageReference.parse(image).version();
        } catch (IllegalArgumentException notAReference) {
            return NONE;
        }
        return Arrays.stream(values())
                .filter(fault -> version.equals(fault.tag))
                .findFirst()
                .orElse(NONE);
    }
}
