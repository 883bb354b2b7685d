package io.slipway.plan;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slipway.persistence.volume-types[<name>]=<StorageClass>}: the volume types a plan may offer. This module
 * reads only their names; the StorageClass is for whoever creates volumes.
 */
@ConfigurationProperties("slipway.persistence")
record VolumeTypeProperties(Map<String, String> volumeTypes) {

    VolumeTypeProperties {
        volumeTypes = volumeTypes == null ? Map.of() : volumeTypes;
    }

    List<String> names() {
        return volumeTypes.keySet().stream().sorted().toList();
    }
}
