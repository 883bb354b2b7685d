package io.slipway.plan;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slipway.plans.<name>.*}: the plans that exist on first start. */
@ConfigurationProperties("slipway")
record PlanSeedProperties(Map<String, PlanSeed> plans) {

    record PlanSeed(int cpuMillis, int memoryMib, int storageGib, int maxApps, BigDecimal monthlyPrice) {

        Pool pool() {
            return new Pool(cpuMillis, memoryMib, storageGib, maxApps);
        }
    }
}
