package io.slipway.plan;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, UUID> {

    Optional<Plan> findByNameIgnoreCase(String name);
}
