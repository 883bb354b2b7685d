package io.slipway.deployer.embedded;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Server-side apply ({@code PATCH} with {@code application/apply-patch+yaml}), which the CRUD API server answers
 * with 415, done the simple way: the applied object is created, or replaces the live one whole. The CRUD server
 * keeps the live object's uid, creation time and generation, and moves its resource version only if something
 * changed. Unlike a real API server this is no field-wise merge and records no {@code managedFields}: fields that
 * another manager set and the applied object leaves out are gone afterwards, and there are no conflicts to force.
 */
final class ServerSideApply {

    static final String CONTENT_TYPE = "application/apply-patch+yaml";
    private static final String STATUS = "status";

    private ServerSideApply() {}

    static boolean requested(RecordedRequest request) {
        String type = request.getHeader("Content-Type");
        return "PATCH".equals(request.getMethod()) && type != null && type.startsWith(CONTENT_TYPE);
    }

    /** Why a real API server would refuse this apply outright, if it would. */
    static Optional<String> refusal(String path) {
        return parameter(path, "fieldManager")
                        .filter(manager -> !manager.isBlank())
                        .isPresent()
                ? Optional.empty()
                : Optional.of("fieldManager is required for apply requests");
    }

    /**
     * The apply as the CRUD server understands it: a create (POST to the collection) when nothing lives at
     * {@code bare}, else a replace (PUT). The status is the status subresource's: an applied one is ignored and
     * the live one kept, as a real API server does for every kind Slipway applies.
     *
     * @param live the object as stored now, as JSON, or null
     */
    static RecordedRequest asCreateOrReplace(RecordedRequest request, String bare, String live) {
        // The body is YAML or JSON (fabric8 sends JSON, which is YAML too); unmarshal reads both
        GenericKubernetesResource applied =
                Serialization.unmarshal(request.getUtf8Body(), GenericKubernetesResource.class);
        applied.getAdditionalProperties().remove(STATUS);
        if (live == null) {
            return request(request, HttpMethod.POST, bare.substring(0, bare.lastIndexOf('/')), applied);
        }
        Object status = Serialization.unmarshal(live, GenericKubernetesResource.class)
                .getAdditionalProperties()
                .get(STATUS);
        if (status != null) {
            applied.getAdditionalProperties().put(STATUS, status);
        }
        return request(request, HttpMethod.PUT, bare, applied);
    }

    static Optional<String> parameter(String path, String name) {
        int query = path.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String pair : path.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static RecordedRequest request(
            RecordedRequest original, HttpMethod method, String path, GenericKubernetesResource body) {
        Headers headers = original.getHeaders()
                .newBuilder()
                .set("Content-Type", "application/json")
                .build();
        return new RecordedRequest(
                original.getHttpVersion(), method, path, headers, new Buffer().writeUtf8(Serialization.asJson(body)));
    }
}
