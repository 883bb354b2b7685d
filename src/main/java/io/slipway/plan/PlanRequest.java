package io.slipway.plan;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A plan as a platform admin types it: CPU in millicores, memory in MiB, storage in GiB, the number of apps, the
 * volume types offered and the monthly price. Bound to the form, checked again by the service.
 */
public class PlanRequest {

    private String name = "";
    private String cpu = "";
    private String memory = "";
    private String storage = "0";
    private String maxApps = "";
    private Set<String> volumeTypes = new LinkedHashSet<>();
    private String price = "";

    public static PlanRequest of(PlanSummary plan) {
        PlanRequest request = new PlanRequest();
        request.name = plan.name();
        request.cpu = String.valueOf(plan.pool().cpuMillis());
        request.memory = String.valueOf(plan.pool().memoryMib());
        request.storage = String.valueOf(plan.pool().storageGib());
        request.maxApps = String.valueOf(plan.pool().maxApps());
        request.volumeTypes = new LinkedHashSet<>(plan.volumeTypes());
        request.price = plan.monthlyPrice().stripTrailingZeros().scale() <= 0
                ? plan.monthlyPrice().setScale(0).toPlainString()
                : plan.monthlyPrice().setScale(2).toPlainString();
        return request;
    }

    public static PlanRequest of(String name, Pool pool, Set<String> volumeTypes, BigDecimal price) {
        PlanRequest request = new PlanRequest();
        request.name = name;
        request.cpu = String.valueOf(pool.cpuMillis());
        request.memory = String.valueOf(pool.memoryMib());
        request.storage = String.valueOf(pool.storageGib());
        request.maxApps = String.valueOf(pool.maxApps());
        request.volumeTypes = new LinkedHashSet<>(volumeTypes);
        request.price = price.toPlainString();
        return request;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCpu() {
        return cpu;
    }

    public void setCpu(String cpu) {
        this.cpu = cpu;
    }

    public String getMemory() {
        return memory;
    }

    public void setMemory(String memory) {
        this.memory = memory;
    }

    public String getStorage() {
        return storage;
    }

    public void setStorage(String storage) {
        this.storage = storage;
    }

    public String getMaxApps() {
        return maxApps;
    }

    public void setMaxApps(String maxApps) {
        this.maxApps = maxApps;
    }

    public Set<String> getVolumeTypes() {
        return volumeTypes;
    }

    public void setVolumeTypes(Set<String> volumeTypes) {
        this.volumeTypes = volumeTypes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(volumeTypes);
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }
}
