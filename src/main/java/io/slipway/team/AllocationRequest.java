package io.slipway.team;

import io.slipway.plan.Allocation;

/**
 * An allocation as a team admin types it: CPU in cores ({@code 1.5}) or millicores ({@code 1500m}), memory in
 * MiB ({@code 2048}, or {@code 2 GiB}), storage in GiB. Bound to the form, checked again by the service.
 */
public class AllocationRequest {

    private String cpu = "0";
    private String memory = "0";
    private String storage = "0";

    public AllocationRequest() {}

    public AllocationRequest(String cpu, String memory, String storage) {
        this.cpu = cpu;
        this.memory = memory;
        this.storage = storage;
    }

    public static AllocationRequest of(Allocation allocation) {
        int millis = allocation.cpuMillis();
        String cpu = millis % 1000 == 0 ? String.valueOf(millis / 1000) : millis + "m";
        return new AllocationRequest(
                cpu, String.valueOf(allocation.memoryMib()), String.valueOf(allocation.storageGib()));
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
}
