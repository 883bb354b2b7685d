package io.slipway.installation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.slipway.installation.AllocationUse;
import io.slipway.installation.AppSummary;
import io.slipway.plan.Allocation;

/**
 * The member's own allocation and how their apps use it: a bar per app (the newest few; the rest in one bar), and
 * one for what is free.
 */
class AllocationUsage extends Div {

    private final Span heading = new Span();
    private final Div rows = new Div();

    AllocationUsage() {
        addClassName("slipway-allocation-summary");
        heading.addClassName("slipway-allocation-heading");
        rows.addClassName("slipway-allocation-usage");
        add(heading, rows);
    }

    void show(AllocationUse use) {
        Allocation allocation = use.allocation();
        rows.removeAll();
        if (allocation.isEmpty()) {
            heading.setText("You have no allocation yet; ask your team admin for a share of the team's pool.");
            return;
        }
        heading.setText("Your allocation: " + allocation.share(100).describe() + " · " + allocation.storageGib()
                + " GiB storage");
        for (AppSummary app : use.apps()) {
            addRow(
                    app.name(),
                    app.percent(),
                    app.percent() + " % · " + app.resources().describe());
        }
        if (use.moreApps() > 0) {
            addRow(
                    use.moreApps() + " more apps",
                    use.morePercent(),
                    use.morePercent() + " % · "
                            + allocation.share(use.morePercent()).describe());
        }
        int free = Math.max(0, 100 - use.usedPercent());
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
