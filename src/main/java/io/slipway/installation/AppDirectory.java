package io.slipway.installation;

import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What My Apps and an app's page read: pages of apps sorted and filtered in the database, one app, its status
 * history. Only from the database: the status shown is the one the deployer stored, so no page asks the cluster.
 */
@Service
public class AppDirectory {

    /** The properties a page may be sorted by; anything else falls back to the newest first. */
    public static final Set<String> SORTABLE = Set.of("name", "image", "status", "percent", "createdAt");

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("name"));

    private final InstallationRepository installations;
    private final Teams teams;
    private final AppSummaries summaries;
    private final AppAccess access;
    private final StatusHistory history;

    AppDirectory(
            InstallationRepository installations,
            Teams teams,
            AppSummaries summaries,
            AppAccess access,
            StatusHistory history) {
        this.installations = installations;
        this.teams = teams;
        this.summaries = summaries;
        this.access = access;
        this.history = history;
    }

    /** One page of the apps the filter selects, in the viewer's team only; empty for a user without a team. */
    @Transactional(readOnly = true)
    public List<AppSummary> page(UUID userId, AppFilter filter, Pageable pageable) {
        return teams.memberOf(userId)
                .map(viewer -> summaries.of(
                        viewer,
                        installations
                                .findBy(
                                        matching(viewer, filter),
                                        query -> query.slice(PageRequest.of(
                                                pageable.getPageNumber(),
                                                pageable.getPageSize(),
                                                sort(pageable.getSort()))))
                                .getContent()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count(UUID userId, AppFilter filter) {
        return teams.memberOf(userId)
                .map(viewer -> installations.count(matching(viewer, filter)))
                .orElse(0L);
    }

    /** The viewer's team, whose status changes their pages listen to. */
    @Transactional(readOnly = true)
    public Optional<UUID> teamOf(UUID userId) {
        return teams.memberOf(userId).map(member -> member.team().id());
    }

    /** The member's allocation and how their newest {@code shown} apps and the rest use it; empty without a team. */
    @Transactional(readOnly = true)
    public Optional<AllocationUse> allocationUse(UUID userId, int shown) {
        return teams.memberOf(userId).map(member -> {
            List<AppSummary> newest = page(userId, AppFilter.own(), PageRequest.of(0, shown));
            long total = installations.countByOwnerId(userId);
            int used = installations.sumPercentByOwnerId(userId);
            int listed = newest.stream().mapToInt(AppSummary::percent).sum();
            return new AllocationUse(member.allocation(), newest, total - newest.size(), used - listed);
        });
    }

    /**
     * One app of the viewer's team.
     *
     * @throws AppNotFound for an unknown id and another team's app alike
     */
    @Transactional(readOnly = true)
    public AppSummary find(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toRead(userId, installationId);
        return summaries.of(target.actor(), target.installation());
    }

    /** The app's status changes, newest first. Same refusal as {@link #find}. */
    @Transactional(readOnly = true)
    public List<StatusEntry> history(UUID userId, UUID installationId) {
        return history.of(access.toRead(userId, installationId).installation().getId());
    }

    private static Specification<Installation> matching(Member viewer, AppFilter filter) {
        Specification<Installation> scope = filter.wholeTeam()
                ? (root, query, cb) ->
                        cb.equal(root.get("teamId"), viewer.team().id())
                : (root, query, cb) -> cb.equal(root.get("ownerId"), viewer.userId());
        Specification<Installation> spec = scope;
        if (filter.name() != null && !filter.name().isBlank()) {
            String pattern = "%" + escape(filter.name().strip().toLowerCase(Locale.ROOT)) + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\'));
        }
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        return spec;
    }

    private static Sort sort(Sort requested) {
        List<Sort.Order> orders = requested.stream()
                .filter(order -> SORTABLE.contains(order.getProperty()))
                .toList();
        return orders.isEmpty() ? NEWEST_FIRST : Sort.by(orders).and(Sort.by("id"));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
