package io.slipway.deployer;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Whether a live object already has every field that Slipway sets, with the same values. Fields the API server
 * or other controllers add (defaults, status, extra labels) are not Slipway's and do not count.
 */
final class OwnedFields {

    private static final Set<String> OWNED_METADATA = Set.of("labels", "annotations");

    private OwnedFields() {}

    static boolean match(HasMetadata desired, HasMetadata live) {
        JsonNode want = Serialization.jsonMapper().valueToTree(desired);
        JsonNode have = Serialization.jsonMapper().valueToTree(live);
        for (Map.Entry<String, JsonNode> field : want.properties()) {
            String name = field.getKey();
            if (name.equals("status") || name.equals("apiVersion") || name.equals("kind")) {
                continue;
            }
            if (name.equals("metadata")) {
                for (String owned : OWNED_METADATA) {
                    if (!contains(
                            field.getValue().get(owned), have.get("metadata").get(owned))) {
                        return false;
                    }
                }
            } else if (!contains(field.getValue(), have.get(name))) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(JsonNode want, JsonNode have) {
        if (want == null || want.isNull()) {
            return true;
        }
        if (have == null || have.isNull() || have.isMissingNode()) {
            return want.isEmpty() && (want.isObject() || want.isArray());
        }
        if (want.isObject()) {
            if (!have.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : want.properties()) {
                if (!contains(field.getValue(), have.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isArray()) {
            if (!have.isArray() || want.size() != have.size()) {
                return false;
            }
            Iterator<JsonNode> wanted = want.iterator();
            Iterator<JsonNode> had = have.iterator();
            while (wanted.hasNext()) {
                if (!contains(wanted.next(), had.next())) {
                    return false;
                }
            }
            return true;
        }
        return want.equals(have) || sameQuantity(want, have);
    }

    /** A real API server stores quantities in canonical form ("1000m" comes back as "1"). */
    private static boolean sameQuantity(JsonNode want, JsonNode have) {
        if (!want.isString() || !have.isString()) {
            return false;
        }
        String a = want.asString();
        String b = have.asString();
        if (a.isEmpty() || b.isEmpty() || !Character.isDigit(a.charAt(0)) || !Character.isDigit(b.charAt(0))) {
            return false;
        }
        try {
            return Quantity.getAmountInBytes(new Quantity(a)).compareTo(Quantity.getAmountInBytes(new Quantity(b)))
                    == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
