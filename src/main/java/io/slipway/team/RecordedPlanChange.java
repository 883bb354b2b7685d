package io.slipway.team;

import io.slipway.plan.PlanSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of the append-only record of a team's plans (tiers). Never updated, never deleted. */
@Entity
@Immutable
@Table(name = "team_plan_change")
class RecordedPlanChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "team_id", nullable = false, updatable = false)
    private UUID teamId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "plan_before_id", updatable = false)
    private UUID planBeforeId;

    @Column(name = "plan_before", updatable = false)
    private String planBefore;

    @Column(name = "plan_after_id", nullable = false, updatable = false)
    private UUID planAfterId;

    @Column(name = "plan_after", nullable = false, updatable = false)
    private String planAfter;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RecordedPlanChange() {}

    /** @param before null when the team was created on {@code after} */
    RecordedPlanChange(UUID teamId, UUID actorId, PlanSummary before, PlanSummary after, Instant changedAt) {
        this.teamId = teamId;
        this.actorId = actorId;
        if (before != null) {
            this.planBeforeId = before.id();
            this.planBefore = before.name();
        }
        this.planAfterId = after.id();
        this.planAfter = after.name();
        this.changedAt = changedAt;
    }

    TeamPlanChange toChange(String actor) {
        return new TeamPlanChange(
                seq, teamId, changedAt, actorId, actor, planBeforeId, planBefore, planAfterId, planAfter);
    }

    UUID getActorId() {
        return actorId;
    }
}
