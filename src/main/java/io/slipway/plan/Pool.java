package io.slipway.plan;

/** What a plan gives a team: CPU, memory and volume storage to split among members, and a maximum app count. */
public record Pool(int cpuMillis, int memoryMib, int storageGib, int maxApps) {}
