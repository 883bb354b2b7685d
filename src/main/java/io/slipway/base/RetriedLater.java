package io.slipway.base;

/**
 * A failure that its thrower has already logged and that will be retried (an incomplete event publication is
 * resubmitted). Async handlers rethrow it only so the publication stays incomplete; it is not logged again.
 */
public class RetriedLater extends RuntimeException {

    public RetriedLater(String message, Throwable cause) {
        super(message, cause);
    }
}
