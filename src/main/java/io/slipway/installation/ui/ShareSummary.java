package io.slipway.installation.ui;

import com.vaadin.flow.component.html.Span;
import io.slipway.installation.InstallContext;
import io.slipway.plan.Resources;

/** The absolute figures behind the allocation slider, and what remains of the member's allocation. */
class ShareSummary extends Span {

    private InstallContext context;

    ShareSummary(InstallContext context) {
        this.context = context;
        addClassName("slipway-share-summary");
    }

    /** The member's allocation and use as read again, after the service refused a share this form offered. */
    void use(InstallContext fresh) {
        this.context = fresh;
    }

    void show(Integer percent) {
        if (percent == null || percent < 1 || percent > 100) {
            setText("");
            return;
        }
        Resources share = context.allocation().share(percent);
        int left = context.leftPercent() - percent;
        Resources remaining = context.allocation().share(Math.max(0, left));
        Resources whole = context.allocation().share(100);
        setText(percent + " % = " + share.describe() + " of your " + whole.describe() + ". Left after this app: "
                + Math.max(0, left) + " % (" + remaining.describe() + ").");
    }
}
