package io.slipway.installation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InstallationRepository extends JpaRepository<Installation, UUID>, JpaSpecificationExecutor<Installation> {

    @Query("select coalesce(sum(i.percent), 0) from Installation i where i.ownerId = :ownerId")
    int sumPercentByOwnerId(UUID ownerId);

    long countByTeamId(UUID teamId);

    long countByOwnerId(UUID ownerId);

    boolean existsByTeamIdAndName(UUID teamId, String name);

    List<Installation> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<Installation> findByOwnerIdOrderByName(UUID ownerId);

    @Query("select i.id from Installation i where i.ownerId = :ownerId")
    List<UUID> findIdsByOwnerId(UUID ownerId);

    Optional<Installation> findByIdAndTeamId(UUID id, UUID teamId);

    /** Status is the cluster's, not the user's: written without the version, so it never fails a user's change. */
    /** Clears the persistence context: a page told of the change after commit must not read the stale row. */
    @Modifying(clearAutomatically = true)
    @Query("update Installation i set i.status = :status, i.statusReason = :reason, i.updatedAt = :at"
            + " where i.id = :id")
    int updateStatus(UUID id, InstallationStatus status, String reason, Instant at);

    @Modifying(clearAutomatically = true)
    @Query("update Installation i set i.nodePort = :nodePort where i.id = :id")
    int updateNodePort(UUID id, Integer nodePort);

    @Query("select i.id from Installation i")
    List<UUID> findAllIds();
}
