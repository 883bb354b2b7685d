package io.slipway.team;

/**
 * One app of a member, as the team module needs to know it: its name, its share of the allocation, and whether
 * it keeps its data on a persistent volume.
 */
public record MemberApp(String name, int percent, boolean persistent) {}
