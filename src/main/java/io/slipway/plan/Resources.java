package io.slipway.plan;

/** CPU and memory of one app; Kubernetes gets them as both requests and limits. */
public record Resources(int cpuMillis, int memoryMib) {

    public String describe() {
        return formatCpu(cpuMillis) + " CPU · " + memoryMib + " MiB";
    }

    public static String formatCpu(int millis) {
        return millis % 1000 == 0 ? (millis / 1000) + (millis == 1000 ? " core" : " cores") : millis + " m";
    }
}
