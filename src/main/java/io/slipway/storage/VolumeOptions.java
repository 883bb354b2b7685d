package io.slipway.storage;

import java.util.List;

/**
 * What the install form may offer a member for persistence.
 *
 * @param types the volume types the team's plan offers; empty on plans without volumes
 * @param leftGib what is left of the member's storage allocation
 * @param retained the member's retained volumes of a type the plan offers, which a new app may take over
 */
public record VolumeOptions(List<String> types, int leftGib, List<VolumeSummary> retained) {

    public static final VolumeOptions NONE = new VolumeOptions(List.of(), 0, List.of());

    public VolumeOptions {
        types = List.copyOf(types);
        retained = List.copyOf(retained);
    }

    public boolean offered() {
        return !types.isEmpty();
    }
}
