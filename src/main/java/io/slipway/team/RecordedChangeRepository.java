package io.slipway.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Insert and read only: the record of changes is append-only. */
interface RecordedChangeRepository extends Repository<RecordedChange, Long> {

    RecordedChange save(RecordedChange change);

    List<RecordedChange> findByTeamIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderBySeq(
            UUID teamId, Instant from, Instant to);
}
