package io.slipway.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read only: the record of plan definitions is append-only. */
interface PlanRevisionRepository extends Repository<RecordedPlanRevision, Long> {

    RecordedPlanRevision save(RecordedPlanRevision revision);

    List<RecordedPlanRevision> findByPlanIdOrderBySeq(UUID planId);
}
