package io.slipway.installation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstallationRepository extends JpaRepository<Installation, UUID> {

    @Query("select coalesce(sum(i.percent), 0) from Installation i where i.ownerId = :ownerId")
    int sumPercentByOwnerId(UUID ownerId);

    long countByTeamId(UUID teamId);

    boolean existsByTeamIdAndName(UUID teamId, String name);

    List<Installation> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<Installation> findByTeamIdOrderByCreatedAtDesc(UUID teamId);

    List<Installation> findByOwnerIdOrderByName(UUID ownerId);

    @Query("select i.id from Installation i where i.ownerId = :ownerId")
    List<UUID> findIdsByOwnerId(UUID ownerId);

    Optional<Installation> findByIdAndTeamId(UUID id, UUID teamId);

    @Query("select i.id from Installation i")
    List<UUID> findAllIds();
}
