package io.slipway.storage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VolumeRepository extends JpaRepository<Volume, UUID> {

    @Query("select coalesce(sum(v.sizeGib), 0) from Volume v where v.ownerId = :ownerId")
    int sumSizeByOwnerId(UUID ownerId);

    Optional<Volume> findByInstallationId(UUID installationId);

    Optional<Volume> findByIdAndTeamId(UUID id, UUID teamId);

    List<Volume> findByOwnerIdOrderByAppName(UUID ownerId);

    @Query("select v from Volume v where v.ownerId = :ownerId and v.installationId is null"
            + " order by v.retainedSince desc")
    List<Volume> findRetainedByOwnerId(UUID ownerId);

    boolean existsByTeamIdAndClaimName(UUID teamId, String claimName);
}
