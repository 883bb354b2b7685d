package io.slipway.team;

import io.slipway.plan.Allocation;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Pool;
import io.slipway.plan.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Whether a whole team fits a plan: the members' allocations within its pool, no more apps than it allows, no
 * persistent volumes on a plan without them. The same rule for a team admin's change of plan and a platform
 * admin's change of the plan itself.
 */
final class TierFit {

    /** What a team would have to change, of one kind. */
    enum Kind {
        CPU,
        MEMORY,
        STORAGE,
        APPS,
        VOLUMES
    }

    /**
     * One thing that does not fit.
     *
     * @param message what to change first, for the team's admin
     * @param held what the team holds, for a platform admin: "members hold 6 cores"
     */
    record Misfit(Kind kind, String message, String held) {}

    /** One member of the team: what they hold and what they run. */
    record Holding(String username, Allocation allocation, List<MemberApp> apps, List<MemberVolume> volumes) {}

    private TierFit() {}

    static List<Misfit> misfits(PlanSummary plan, List<Holding> team) {
        Pool pool = plan.pool();
        List<Misfit> misfits = new ArrayList<>();
        over(plan, team, Kind.CPU, pool.cpuMillis(), Allocation::cpuMillis, Resources::formatCpu, "allocations")
                .ifPresent(misfits::add);
        over(plan, team, Kind.MEMORY, pool.memoryMib(), Allocation::memoryMib, mib -> mib + " MiB", "allocations")
                .ifPresent(misfits::add);
        storage(plan, team).ifPresent(misfits::add);
        apps(plan, team).ifPresent(misfits::add);
        volumes(plan, team).ifPresent(misfits::add);
        return misfits;
    }

    private static Optional<Misfit> over(
            PlanSummary plan,
            List<Holding> team,
            Kind kind,
            int available,
            ToIntFunction<Allocation> amount,
            IntFunction<String> format,
            String what) {
        int held =
                team.stream().mapToInt(h -> amount.applyAsInt(h.allocation())).sum();
        if (held <= available) {
            return Optional.empty();
        }
        String label = kind == Kind.STORAGE ? "Storage" : kind == Kind.CPU ? "CPU" : "Memory";
        String message = label + ": your members hold " + format.apply(held) + "; the " + plan.name() + " plan has "
                + format.apply(available) + ". Lower the " + what + " of " + holders(team, amount, format) + " by "
                + format.apply(held - available) + " in all.";
        return Optional.of(new Misfit(kind, message, "members hold " + format.apply(held)));
    }

    private static Optional<Misfit> storage(PlanSummary plan, List<Holding> team) {
        int held = team.stream().mapToInt(h -> h.allocation().storageGib()).sum();
        if (held > 0 && plan.pool().storageGib() == 0) {
            String message = "Storage: the " + plan.name() + " plan has no volume storage. Set the storage of "
                    + holders(team, Allocation::storageGib, gib -> gib + " GiB") + " to 0.";
            return Optional.of(new Misfit(Kind.STORAGE, message, "members hold " + held + " GiB storage"));
        }
        return over(
                plan,
                team,
                Kind.STORAGE,
                plan.pool().storageGib(),
                Allocation::storageGib,
                gib -> gib + " GiB",
                "storage");
    }

    private static Optional<Misfit> apps(PlanSummary plan, List<Holding> team) {
        List<String> apps = appNames(team);
        int allowed = plan.pool().maxApps();
        if (apps.size() <= allowed) {
            return Optional.empty();
        }
        String message = "Apps: your team has " + apps.size() + " apps; the " + plan.name() + " plan allows " + allowed
                + ". Delete " + (apps.size() - allowed) + " of them: " + String.join(", ", apps) + ".";
        return Optional.of(new Misfit(Kind.APPS, message, apps.size() + " apps"));
    }

    /** Every volume, attached or retained, of a type the plan does not offer (all of them on a plan without). */
    private static Optional<Misfit> volumes(PlanSummary plan, List<Holding> team) {
        List<String> misfits = team.stream()
                .flatMap(h -> h.volumes().stream()
                        .filter(v ->
                                !plan.offersVolumes() || !plan.volumeTypes().contains(v.type()))
                        .map(v -> v.describe() + " of " + h.username()))
                .sorted()
                .toList();
        if (misfits.isEmpty()) {
            return Optional.empty();
        }
        String offered = plan.offersVolumes()
                ? "offers only " + String.join(" and ", plan.volumeTypes()) + " volumes"
                : "has none";
        String message = "Persistent volumes: the " + plan.name() + " plan " + offered + ". Delete "
                + String.join(", ", misfits)
                + " first: delete the app with its data, or the retained volume on My Apps.";
        return Optional.of(new Misfit(Kind.VOLUMES, message, misfits.size() + " persistent volumes"));
    }

    private static String holders(List<Holding> team, ToIntFunction<Allocation> amount, IntFunction<String> format) {
        return team.stream()
                .filter(h -> amount.applyAsInt(h.allocation()) > 0)
                .sorted((a, b) -> Integer.compare(amount.applyAsInt(b.allocation()), amount.applyAsInt(a.allocation())))
                .map(h -> h.username() + " (" + format.apply(amount.applyAsInt(h.allocation())) + ")")
                .collect(Collectors.joining(", "));
    }

    private static List<String> appNames(List<Holding> team) {
        return team.stream()
                .flatMap(h -> h.apps().stream().map(app -> app.name() + " (" + h.username() + ")"))
                .sorted()
                .toList();
    }
}
