package io.slipway.team;

/** A membership read together with its team. */
record MembershipWithTeam(Membership membership, Team team) {}
