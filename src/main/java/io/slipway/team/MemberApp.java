package io.slipway.team;

/** One app of a member, as the team module needs to know it: its name and its share of the allocation. */
public record MemberApp(String name, int percent) {}
