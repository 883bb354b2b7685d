package io.slipway.plan;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, UUID> {

    Optional<Plan> findByKeyIgnoreCase(String key);

    Optional<Plan> findByNameIgnoreCase(String name);

    boolean existsByKey(String key);

    /** For editing: no team is put on the plan, and no other edit runs, until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> lockForEdit(UUID id);

    /** For putting a team on the plan: no edit changes it until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> lockForUse(UUID id);
}
