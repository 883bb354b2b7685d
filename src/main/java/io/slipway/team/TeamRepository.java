package io.slipway.team;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, UUID> {

    Optional<Team> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.id = :id")
    Optional<Team> lockById(UUID id);

    /** Every team on the plan, locked in id order until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Team t where t.planId = :planId and t.deletedAt is null order by t.id")
    List<Team> lockByPlanId(UUID planId);

    List<Team> findByPlanIdAndDeletedAtIsNull(UUID planId);

    List<Team> findByDeletedAtIsNull();

    List<Team> findByDeletedAtIsNotNull();

    @Query("select t.planId, count(t) from Team t where t.deletedAt is null group by t.planId")
    List<Object[]> countByPlanId();
}
