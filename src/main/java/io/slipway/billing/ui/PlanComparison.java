package io.slipway.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import io.slipway.plan.PlanSummary;
import io.slipway.plan.Pool;
import io.slipway.plan.Resources;
import io.slipway.team.TierOption;
import io.slipway.team.TierOptions;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The plans side by side, each with its pool and price, and a button to move there. */
class PlanComparison extends Div {

    /** Each plan's button, by plan key. */
    final Map<String, Button> buttons = new HashMap<>();

    private final Consumer<TierOption> onChoose;

    PlanComparison(Consumer<TierOption> onChoose) {
        this.onChoose = onChoose;
        addClassName("slipway-plan-comparison");
    }

    void show(TierOptions options) {
        removeAll();
        buttons.clear();
        options.plans().forEach(option -> add(card(option)));
    }

    private Div card(TierOption option) {
        PlanSummary plan = option.plan();
        Pool pool = plan.pool();
        Div card = new Div();
        card.addClassName("slipway-plan-card");
        if (option.current()) {
            card.addClassName("slipway-plan-card-current");
        }
        Paragraph price = new Paragraph(Money.of(plan.monthlyPrice()) + " per month");
        price.addClassName("slipway-plan-price");
        UnorderedList figures = new UnorderedList(
                new ListItem(Resources.formatCpu(pool.cpuMillis()) + " CPU"),
                new ListItem(pool.memoryMib() + " MiB memory"),
                new ListItem(pool.storageGib() > 0 ? pool.storageGib() + " GiB volume storage" : "No volume storage"),
                new ListItem(pool.maxApps() + " apps"),
                new ListItem(
                        plan.offersVolumes()
                                ? "Persistent volumes: " + String.join(", ", plan.volumeTypes())
                                : "Not persistent: data is lost when an app restarts"));
        card.add(new H3(plan.name()), price, figures);
        if (!option.current() && !option.fits()) {
            Span note = new Span("Your team does not fit this plan yet");
            note.addClassName("slipway-muted");
            card.add(note);
        }
        card.add(button(option));
        return card;
    }

    private Button button(TierOption option) {
        Button button;
        if (option.current()) {
            button = new Button("Current plan");
            button.setEnabled(false);
        } else {
            button = new Button(option.upgrade() ? "Upgrade" : "Downgrade", event -> onChoose.accept(option));
            if (option.upgrade()) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        buttons.put(option.plan().key(), button);
        return button;
    }
}
