package io.slipway.installation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StatusChangeRepository extends Repository<StatusChange, Long> {

    StatusChange save(StatusChange change);

    List<StatusChange> findByInstallationIdOrderBySeqDesc(UUID installationId, Pageable page);

    @Query("select s.seq from StatusChange s where s.installationId = :installationId order by s.seq desc")
    List<Long> findSeqs(UUID installationId, Pageable page);

    @Modifying
    @Query("delete from StatusChange s where s.installationId = :installationId and s.seq < :seq")
    int deleteOlderThan(UUID installationId, long seq);
}
