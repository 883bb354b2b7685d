package io.slipway.team;

import io.slipway.plan.PlanField;
import io.slipway.plan.PlanFieldError;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.TeamsOnPlan;
import io.slipway.security.Accounts;
import io.slipway.team.TierFit.Holding;
import io.slipway.team.TierFit.Kind;
import io.slipway.team.TierFit.Misfit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Tells the plan module which teams on a plan would not fit a platform admin's change of it. */
@Component
class PlanTeams implements TeamsOnPlan {

    /** Enough names for the admin to act on; the rest are counted. */
    private static final int NAMED_TEAMS = 5;

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final MemberApps apps;
    private final Accounts accounts;
    private final MemberVolumes volumes;

    PlanTeams(
            TeamRepository teams,
            MembershipRepository memberships,
            MemberApps apps,
            Accounts accounts,
            MemberVolumes volumes) {
        this.teams = teams;
        this.memberships = memberships;
        this.apps = apps;
        this.accounts = accounts;
        this.volumes = volumes;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PlanFieldError> lockAndCheck(UUID planId, PlanSummary proposed) {
        Map<PlanField, List<String>> misfits = new EnumMap<>(PlanField.class);
        for (Team team : teams.lockByPlanId(planId)) {
            List<Holding> holdings = memberships.findByTeamId(team.getId()).stream()
                    .map(member -> new Holding(
                            accounts.usernameOf(member.getUserId()).orElse("?"),
                            member.allocation(),
                            apps.appsOf(member.getUserId()),
                            volumes.volumesOf(member.getUserId())))
                    .toList();
            for (Misfit misfit : TierFit.misfits(proposed, holdings)) {
                misfits.computeIfAbsent(field(misfit.kind()), field -> new ArrayList<>())
                        .add(team.getSlug() + ": " + misfit.held());
            }
        }
        List<PlanFieldError> errors = new ArrayList<>();
        misfits.forEach((field, teamsOver) -> errors.add(new PlanFieldError(field, tooSmall(teamsOver))));
        return errors;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> countByPlan() {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : teams.countByPlanId()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static PlanField field(Kind kind) {
        return switch (kind) {
            case CPU -> PlanField.CPU;
            case MEMORY -> PlanField.MEMORY;
            case STORAGE, VOLUMES -> PlanField.STORAGE;
            case APPS -> PlanField.MAX_APPS;
        };
    }

    private static String tooSmall(List<String> teamsOver) {
        String named = String.join("; ", teamsOver.subList(0, Math.min(NAMED_TEAMS, teamsOver.size())));
        int more = teamsOver.size() - NAMED_TEAMS;
        return "Too small for teams on this plan (" + named + (more > 0 ? "; and " + more + " more" : "")
                + "). They must shrink first, or move to another plan.";
    }
}
