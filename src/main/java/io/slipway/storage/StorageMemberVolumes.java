package io.slipway.storage;

import io.slipway.team.MemberVolume;
import io.slipway.team.MemberVolumes;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the team module which volumes a member holds. */
@Component
class StorageMemberVolumes implements MemberVolumes {

    private final VolumeRepository volumes;

    StorageMemberVolumes(VolumeRepository volumes) {
        this.volumes = volumes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberVolume> volumesOf(UUID memberId) {
        return volumes.findByOwnerIdOrderByAppName(memberId).stream()
                .map(Volume::summary)
                .map(v -> new MemberVolume(v.appName(), v.type(), v.sizeGib(), v.retained()))
                .toList();
    }
}
