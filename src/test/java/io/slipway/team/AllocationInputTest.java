package io.slipway.team;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.Allocation;
import org.junit.jupiter.api.Test;

class AllocationInputTest {

    @Test
    void readsCpuAsCoresOrMillicores() {
        assertThat(AllocationInput.parseCpu("1.5")).isEqualTo(1500);
        assertThat(AllocationInput.parseCpu("1500m")).isEqualTo(1500);
        assertThat(AllocationInput.parseCpu(" 250 m ")).isEqualTo(250);
        assertThat(AllocationInput.parseCpu("2 cores")).isEqualTo(2000);
        assertThat(AllocationInput.parseCpu("0.05")).isEqualTo(50);
        assertThat(AllocationInput.parseCpu("0")).isZero();
    }

    @Test
    void readsMemoryAsMibOrGib() {
        assertThat(AllocationInput.parseMemory("2048")).isEqualTo(2048);
        assertThat(AllocationInput.parseMemory("512 MiB")).isEqualTo(512);
        assertThat(AllocationInput.parseMemory("1.5 GiB")).isEqualTo(1536);
        assertThat(AllocationInput.parseStorage("20 GiB")).isEqualTo(20);
    }

    @Test
    void refusesNegativeNonNumericAndTooPreciseInput() {
        assertThat(AllocationInput.checkCpu("-1")).contains("An allocation cannot be negative");
        assertThat(AllocationInput.checkCpu("lots"))
                .hasValueSatisfying(m -> assertThat(m).contains("1500m"));
        assertThat(AllocationInput.checkCpu("1.2345"))
                .hasValueSatisfying(m -> assertThat(m).contains("decimals"));
        assertThat(AllocationInput.checkCpu("")).isPresent();
        assertThat(AllocationInput.checkMemory("-512")).contains("An allocation cannot be negative");
        assertThat(AllocationInput.checkMemory("2 TB")).isPresent();
        assertThat(AllocationInput.checkStorage("1.5")).isPresent();
        assertThat(AllocationInput.checkStorage("99999999999")).contains("This is more than any plan's pool");
    }

    @Test
    void writesAnAllocationBackAsTheFormShowsIt() {
        AllocationRequest request = AllocationRequest.of(new Allocation(1500, 2048, 0));

        assertThat(request.getCpu()).isEqualTo("1500m");
        assertThat(AllocationRequest.of(new Allocation(2000, 4096, 20)).getCpu())
                .isEqualTo("2");
        assertThat(AllocationInput.toAllocation(request)).isEqualTo(new Allocation(1500, 2048, 0));
    }
}
