package io.slipway.installation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.slipway.installation.AppSummary;
import io.slipway.plan.Allocation;
import java.util.List;

/** The member's own allocation and how their apps use it: a bar per app, and one for what is free. */
class AllocationUsage extends Div {

    private final Span heading = new Span();
    private final Div rows = new Div();

    AllocationUsage() {
        addClassName("slipway-allocation-summary");
        heading.addClassName("slipway-allocation-heading");
        rows.addClassName("slipway-allocation-usage");
        add(heading, rows);
    }

    void show(Allocation allocation, List<AppSummary> ownApps) {
        rows.removeAll();
        if (allocation.isEmpty()) {
            heading.setText("You have no allocation yet; ask your team admin for a share of the team's pool.");
            return;
        }
        heading.setText("Your allocation: " + allocation.share(100).describe() + " · " + allocation.storageGib()
                + " GiB storage");
        int used = 0;
        for (AppSummary app : ownApps) {
            addRow(
                    app.name(),
                    app.percent(),
                    app.percent() + " % · " + app.resources().describe());
            used += app.percent();
        }
        int free = Math.max(0, 100 - used);
        addRow("Free", free, free + " % · " + allocation.share(free).describe());
    }

    private void addRow(String name, int percent, String figures) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.getElement().setAttribute("aria-label", name + ": " + percent + " % of your allocation");
        Span label = new Span(name);
        label.addClassName("slipway-usage-name");
        Span text = new Span(figures);
        text.addClassName("slipway-usage-figures");
        rows.add(label, bar, text);
    }
}
