package io.slipway.team.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.slipway.plan.Allocation;
import io.slipway.plan.Resources;
import io.slipway.team.PoolUse;
import java.util.function.IntFunction;

/** The team's pool per resource: how much is allocated to members (a bar) and how much is free. */
class PoolSummary extends Div {

    PoolSummary() {
        addClassName("slipway-pool-summary");
    }

    void show(PoolUse use) {
        removeAll();
        Allocation pool = new Allocation(
                use.pool().cpuMillis(), use.pool().memoryMib(), use.pool().storageGib());
        add(row("CPU", pool.cpuMillis(), use.assigned().cpuMillis(), Resources::formatCpu));
        add(row("Memory", pool.memoryMib(), use.assigned().memoryMib(), mib -> mib + " MiB"));
        if (use.offersStorage()) {
            add(row("Storage", pool.storageGib(), use.assigned().storageGib(), gib -> gib + " GiB"));
        } else {
            Span none = new Span("Storage: the " + use.planName() + " plan has no volume storage");
            none.addClassName("slipway-muted");
            add(none);
        }
    }

    private static Div row(String label, int pool, int assigned, IntFunction<String> format) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, pool), Math.min(assigned, pool));
        bar.getElement().setAttribute("aria-label", label + " allocated");
        Span text = new Span(label + ": " + format.apply(assigned) + " of " + format.apply(pool) + " allocated, "
                + format.apply(Math.max(0, pool - assigned)) + " free");
        Div row = new Div(text, bar);
        row.addClassName("slipway-pool-row");
        return row;
    }
}
