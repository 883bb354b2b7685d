package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.Resources;
import io.slipway.team.RecordedChange.MemberState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's pool and how team admins split it among members. Every method checks the caller itself. */
@Service
public class Allocations {

    private static final Logger log = LoggerFactory.getLogger(Allocations.class);

    private final TeamAccess access;
    private final MemberApps apps;
    private final ChangeRecorder changes;
    private final ApplicationEventPublisher events;
    private final MemberVolumes volumes;

    Allocations(
            TeamAccess access,
            MemberApps apps,
            ChangeRecorder changes,
            ApplicationEventPublisher events,
            MemberVolumes volumes) {
        this.access = access;
        this.apps = apps;
        this.changes = changes;
        this.events = events;
        this.volumes = volumes;
    }

    /** The pool of the caller's team, what is allocated and what is free. Any member may read it. */
    @Transactional(readOnly = true)
    public PoolUse poolOf(UUID callerId) {
        TeamState team = access.readAsMember(callerId);
        return new PoolUse(team.plan().name(), team.pool(), team.assigned());
    }

    /**
     * Sets a member's allocation. Their apps keep their percentages; {@link AllocationChanged} tells the deployer
     * to apply their new absolute resources. The team row stays locked until commit, so concurrent changes by two
     * admins are checked against the pool one after the other.
     *
     * @throws AccessDeniedException when the caller is not an admin of a team
     * @throws MemberNotFound when the member is not in the caller's team
     * @throws TeamRejected with a message per field: bad input, above the pool, storage on a plan without it,
     *     or an app of the member would drop below the per-app minimum
     */
    @Transactional
    public void allocate(UUID callerId, UUID memberId, AllocationRequest request) {
        TeamState team = access.lockAsAdmin(callerId);
        Membership member = team.member(memberId);
        List<TeamFieldError> errors = AllocationInput.validate(request);
        if (!errors.isEmpty()) {
            throw new TeamRejected(errors);
        }
        Allocation wanted = AllocationInput.toAllocation(request);
        List<MemberApp> owned = apps.appsOf(memberId);
        errors.addAll(PoolFit.problems(team, memberId, wanted));
        errors.addAll(appProblems(owned, wanted));
        storageProblem(volumes.volumesOf(memberId), wanted).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new TeamRejected(errors);
        }
        MemberState before = MemberState.of(member);
        if (before.allocation().equals(wanted)) {
            return;
        }
        member.allocate(wanted);
        changes.changed(callerId, member, TeamChangeKind.ALLOCATION_CHANGED, before);
        if (!owned.isEmpty()) {
            // Installs wait for the team lock we hold, so a member without apps now has none to re-apply
            events.publishEvent(new AllocationChanged(team.id(), memberId));
        }
        log.info(
                "Changed the allocation of member {} of team {} from {} to {}",
                memberId,
                team.team().getSlug(),
                before.allocation(),
                wanted);
    }

    /** Convenience for code that has numbers rather than typed input. */
    @Transactional
    public void allocate(UUID callerId, UUID memberId, Allocation allocation) {
        allocate(callerId, memberId, AllocationRequest.of(allocation));
    }

    /** The member's apps that would get less than the per-app minimum out of {@code wanted}, per field. */
    private List<TeamFieldError> appProblems(List<MemberApp> owned, Allocation wanted) {
        Resources minimum = apps.minimumPerApp();
        List<TeamFieldError> errors = new ArrayList<>();
        List<MemberApp> shortOfCpu = starved(owned, wanted.cpuMillis(), minimum.cpuMillis());
        if (!shortOfCpu.isEmpty()) {
            errors.add(new TeamFieldError(
                    TeamField.CPU,
                    belowMinimum(
                            shortOfCpu,
                            minimum.cpuMillis() + " m CPU",
                            Resources.formatCpu(needed(owned, minimum.cpuMillis())))));
        }
        List<MemberApp> shortOfMemory = starved(owned, wanted.memoryMib(), minimum.memoryMib());
        if (!shortOfMemory.isEmpty()) {
            errors.add(new TeamFieldError(
                    TeamField.MEMORY,
                    belowMinimum(
                            shortOfMemory, minimum.memoryMib() + " MiB", needed(owned, minimum.memoryMib()) + " MiB")));
        }
        return errors;
    }

    /** Storage below what the member's volumes, attached and retained, take. */
    private static Optional<TeamFieldError> storageProblem(List<MemberVolume> held, Allocation wanted) {
        int used = held.stream().mapToInt(MemberVolume::sizeGib).sum();
        if (wanted.storageGib() >= used) {
            return Optional.empty();
        }
        String names = held.stream().map(MemberVolume::describe).collect(Collectors.joining(", "));
        return Optional.of(new TeamFieldError(
                TeamField.STORAGE,
                "Below what their volumes use: " + names + " take " + used + " GiB; allocate at least " + used
                        + " GiB, or delete volumes first"));
    }

    /** The apps whose share of {@code allocated} (rounded down, as {@link Allocation#share}) is below minimum. */
    private static List<MemberApp> starved(List<MemberApp> owned, int allocated, int minimum) {
        return owned.stream()
                .filter(app -> (long) allocated * app.percent() / 100 < minimum)
                .toList();
    }

    /** The smallest allocation that gives every app at least the minimum. */
    private static int needed(List<MemberApp> owned, int minimum) {
        return owned.stream()
                .mapToInt(app -> Math.ceilDiv(minimum * 100, app.percent()))
                .max()
                .orElse(0);
    }

    private static String belowMinimum(List<MemberApp> starved, String minimum, String needed) {
        String names = starved.stream()
                .map(app -> app.name() + " (" + app.percent() + " %)")
                .collect(Collectors.joining(", "));
        return "Too little for " + names + ": every app needs at least " + minimum + "; allocate at least " + needed;
    }
}
