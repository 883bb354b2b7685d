package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanInputTest {

    private static final List<String> TYPES = List.of("Fast SSD", "Standard");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-1|Cannot be negative",
                "eight|Enter a whole number: CPU in millicores, e.g. 8000 for 8 cores",
                "1.5|Enter a whole number: CPU in millicores, e.g. 8000 for 8 cores",
                "0|At least 1 m",
                "10000001|At most 10000000 m"
            })
    void refusesCpuThatIsNotAWholePositiveNumberOfMillicores(String input, String message) {
        assertThat(PlanInput.checkCpu(input)).hasValue(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-5|A price cannot be negative",
                "4,90|Enter an amount such as 49 or 49.90: digits, at most two decimals",
                "49.999|Enter an amount such as 49 or 49.90: digits, at most two decimals",
                "free|Enter an amount such as 49 or 49.90: digits, at most two decimals"
            })
    void refusesNegativeOrMalformedPrices(String input, String message) {
        assertThat(PlanInput.checkPrice(input)).hasValue(message);
    }

    @Test
    void acceptsZeroStorageAndAFreePlan() {
        PlanRequest request = PlanRequest.of("Free", new Pool(1000, 2048, 0, 3), Set.of(), BigDecimal.ZERO);

        assertThat(PlanInput.validate(request, TYPES)).isEmpty();
        assertThat(PlanInput.pool(request)).isEqualTo(new Pool(1000, 2048, 0, 3));
        assertThat(PlanInput.price(request)).isEqualByComparingTo("0.00");
    }

    @Test
    void offersVolumeTypesExactlyWhenThePlanHasStorage() {
        assertThat(PlanInput.checkVolumeTypes(Set.of("Standard"), "0", TYPES))
                .hasValue("A plan without storage offers no volume types; clear them or give it storage");
        assertThat(PlanInput.checkVolumeTypes(Set.of(), "100", TYPES))
                .hasValue("Choose at least one volume type, or set storage to 0");
        assertThat(PlanInput.checkVolumeTypes(Set.of("Tape"), "100", TYPES)).hasValue("Unknown volume type: Tape");
        assertThat(PlanInput.checkVolumeTypes(Set.of("Fast SSD"), "100", TYPES)).isEmpty();
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        PlanRequest request = new PlanRequest();
        request.setName(" ");
        request.setCpu("lots");
        request.setMemory("-1");
        request.setStorage("x");
        request.setMaxApps("0");
        request.setPrice("-49");

        assertThat(PlanInput.validate(request, TYPES))
                .extracting(PlanFieldError::field)
                .containsExactly(
                        PlanField.NAME,
                        PlanField.CPU,
                        PlanField.MEMORY,
                        PlanField.STORAGE,
                        PlanField.MAX_APPS,
                        PlanField.PRICE);
    }
}
