package io.slipway.team;

import java.util.List;
import java.util.UUID;

/**
 * What the team module needs to know about a member's persistent volumes, implemented by the module that owns
 * them (so that the team module does not depend on it).
 */
public interface MemberVolumes {

    /** The member's volumes, attached and retained. */
    List<MemberVolume> volumesOf(UUID memberId);
}
