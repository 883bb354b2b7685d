package io.slipway.team;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, UUID> {

    /** The membership with its team, in one statement. */
    @Query("select new io.slipway.team.MembershipWithTeam(m, t) from Membership m join Team t on t.id = m.teamId"
            + " where m.userId = :userId")
    Optional<MembershipWithTeam> findWithTeamByUserId(UUID userId);

    boolean existsByUserId(UUID userId);

    /** The user's team, without loading the membership: callers lock the team row before reading members. */
    @Query("select m.teamId from Membership m where m.userId = :userId")
    Optional<UUID> findTeamIdByUserId(UUID userId);

    List<Membership> findByTeamId(UUID teamId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Membership m where m.userId = :userId")
    Optional<Membership> lockByUserId(UUID userId);
}
