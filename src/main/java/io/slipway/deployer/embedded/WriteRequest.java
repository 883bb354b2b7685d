package io.slipway.deployer.embedded;

import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * A request that changed, or tried to change, an object Slipway writes: for tests that ask how Slipway wrote.
 *
 * @param number its place among Slipway's writes since the cluster started, from 1
 * @param path the request path without its query
 * @param fieldManager the {@code fieldManager} parameter, or null
 * @param forced whether the request asked to take over fields other managers own ({@code force=true})
 */
public record WriteRequest(
        long number, String method, String path, String contentType, String fieldManager, boolean forced) {

    static WriteRequest of(long number, RecordedRequest request, String bare) {
        String path = request.getPath();
        return new WriteRequest(
                number,
                request.getMethod(),
                bare,
                request.getHeader("Content-Type"),
                ServerSideApply.parameter(path, "fieldManager").orElse(null),
                ServerSideApply.parameter(path, "force").filter("true"::equals).isPresent());
    }

    public boolean serverSideApply() {
        return "PATCH".equals(method) && contentType != null && contentType.startsWith(ServerSideApply.CONTENT_TYPE);
    }
}
