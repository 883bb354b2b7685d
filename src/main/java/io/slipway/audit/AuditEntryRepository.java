package io.slipway.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log is append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** A team's entries, newest first; a null person or action matches all. */
    @Query("""
            select e from AuditEntry e
            where e.teamId = :teamId
              and (:personId is null or e.actorId = :personId or e.memberId = :personId)
              and (:action is null or e.action = :action)
            order by e.seq desc
            """)
    List<AuditEntry> find(UUID teamId, UUID personId, AuditAction action, Pageable page);

    @Query("""
            select count(e) from AuditEntry e
            where e.teamId = :teamId
              and (:personId is null or e.actorId = :personId or e.memberId = :personId)
              and (:action is null or e.action = :action)
            """)
    long count(UUID teamId, UUID personId, AuditAction action);

    @Query("""
            select distinct new io.slipway.audit.AuditPerson(e.actorId, e.actor) from AuditEntry e
            where e.teamId = :teamId and e.actorId is not null
            """)
    List<AuditPerson> actors(UUID teamId);

    @Query("""
            select distinct new io.slipway.audit.AuditPerson(e.memberId, e.member) from AuditEntry e
            where e.teamId = :teamId and e.memberId is not null
            """)
    List<AuditPerson> members(UUID teamId);
}
