package io.slipway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void sharesAWholePercentageRoundedDown() {
        Allocation allocation = new Allocation(2000, 4096, 20);

        assertThat(allocation.share(10)).isEqualTo(new Resources(200, 409));
        assertThat(allocation.share(100)).isEqualTo(new Resources(2000, 4096));
        assertThat(new Allocation(1000, 2048, 0).share(33)).isEqualTo(new Resources(330, 675));
    }

    @Test
    void refusesSharesOutsideZeroToHundred() {
        Allocation allocation = new Allocation(2000, 4096, 20);

        assertThatThrownBy(() -> allocation.share(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocation.share(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesResourcesAsPeopleReadThem() {
        assertThat(new Resources(400, 819).describe()).isEqualTo("400 m CPU · 819 MiB");
        assertThat(new Resources(4000, 8192).describe()).isEqualTo("4 cores CPU · 8192 MiB");
    }
}
