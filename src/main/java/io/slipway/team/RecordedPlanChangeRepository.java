package io.slipway.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read only: the record of plan changes is append-only. */
interface RecordedPlanChangeRepository extends Repository<RecordedPlanChange, Long> {

    RecordedPlanChange save(RecordedPlanChange change);

    List<RecordedPlanChange> findByTeamIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderBySeq(
            UUID teamId, Instant from, Instant to);
}
