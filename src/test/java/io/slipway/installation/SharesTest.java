package io.slipway.installation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.plan.Allocation;
import org.junit.jupiter.api.Test;

class SharesTest {

    private static final Allocation ALLOCATION = new Allocation(2000, 4096, 0);

    @Test
    void allowsUpToWhatIsLeft() {
        assertThat(Shares.problem(ALLOCATION, 50, 50, 50, 64)).isEmpty();
        assertThat(Shares.problem(ALLOCATION, 50, 51, 50, 64)).hasValue("Only 50 % of your allocation is left");
    }

    @Test
    void namesTheMinimumAnAppNeeds() {
        assertThat(Shares.problem(new Allocation(400, 512, 0), 0, 10, 50, 64))
                .hasValue("10 % of your allocation is 40 m CPU · 51 MiB; an app needs at least 50 m CPU and 64 MiB");
    }

    @Test
    void tellsAMemberWithoutAllocationWhomToAsk() {
        assertThat(Shares.problem(Allocation.NONE, 0, 10, 50, 64))
                .get()
                .asString()
                .contains("team admin");
    }
}
