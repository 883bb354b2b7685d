package io.slipway.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slipway.plans.<key>.*}: the plans that exist on first start. */
@ConfigurationProperties("slipway")
record PlanSeedProperties(Map<String, PlanSeed> plans) {

    /** @param volumeTypes the volume types offered; when absent, every configured type if the plan has storage */
    record PlanSeed(
            int cpuMillis,
            int memoryMib,
            int storageGib,
            int maxApps,
            List<String> volumeTypes,
            BigDecimal monthlyPrice) {

        Pool pool() {
            return new Pool(cpuMillis, memoryMib, storageGib, maxApps);
        }
    }
}
