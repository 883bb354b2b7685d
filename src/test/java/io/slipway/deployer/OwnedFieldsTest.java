package io.slipway.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnedFieldsTest {

    @Test
    void ignoresWhatTheApiServerAndOthersAdd() {
        ResourceQuota live = new ResourceQuotaBuilder(quota("8000m"))
                .editMetadata()
                .addToLabels("kubernetes.io/metadata.name", "x")
                .withResourceVersion("42")
                .withUid("u")
                .endMetadata()
                .withNewStatus()
                .addToUsed("requests.cpu", new Quantity("1"))
                .endStatus()
                .build();

        assertThat(OwnedFields.match(quota("8000m"), live)).isTrue();
    }

    @Test
    void comparesQuantitiesByValueAsARealApiServerCanonicalisesThem() {
        assertThat(OwnedFields.match(quota("8000m"), quota("8"))).isTrue();
        assertThat(OwnedFields.match(quota("8000m"), quota("9"))).isFalse();
    }

    @Test
    void seesAMissingLabelOrAChangedValue() {
        ResourceQuota unlabelled = new ResourceQuotaBuilder(quota("8000m"))
                .editMetadata()
                .withLabels(Map.of())
                .endMetadata()
                .build();

        assertThat(OwnedFields.match(quota("8000m"), unlabelled)).isFalse();
    }

    private static ResourceQuota quota(String cpu) {
        return new ResourceQuotaBuilder()
                .withNewMetadata()
                .withName("slipway-quota")
                .withNamespace("slipway-t")
                .withLabels(Labels.team("t"))
                .endMetadata()
                .withNewSpec()
                .addToHard("limits.cpu", new Quantity(cpu))
                .endSpec()
                .build();
    }
}
