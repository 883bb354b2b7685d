package io.slipway.deployer.embedded;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * An error the embedded API server answers instead of doing the request, a given number of times: for tests of
 * conflicts, unavailable servers and expired watches.
 *
 * @param method the HTTP method to match, or null for any
 * @param pathPart a part of the request path and query that must appear in it
 */
public record Fault(
        String method, String pathPart, boolean watchOnly, int code, String reason, AtomicInteger remaining) {

    public static Fault of(String method, String pathPart, int code, int times) {
        return new Fault(method, pathPart, false, code, reasonOf(code), new AtomicInteger(times));
    }

    /** Fails the watch requests (not the lists) whose path contains {@code pathPart}. */
    public static Fault watch(String pathPart, int code, int times) {
        return new Fault("GET", pathPart, true, code, reasonOf(code), new AtomicInteger(times));
    }

    private static String reasonOf(int code) {
        return switch (code) {
            case 409 -> "Conflict";
            case 410 -> "Expired";
            case 503 -> "ServiceUnavailable";
            default -> "InternalError";
        };
    }

    boolean matches(String requestMethod, String path) {
        return (method == null || method.equals(requestMethod))
                && path.contains(pathPart)
                && (!watchOnly || path.contains("watch=true"));
    }

    /** Whether this fault still applies; counts it down if so. */
    boolean take() {
        return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    public boolean used() {
        return remaining.get() == 0;
    }
}
