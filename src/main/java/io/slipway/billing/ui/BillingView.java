package io.slipway.billing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.billing.Statements;
import io.slipway.security.CurrentUser;
import io.slipway.team.TeamAdminOnly;
import io.slipway.team.TeamFieldError;
import io.slipway.team.TeamRejected;
import io.slipway.team.TierChanges;
import io.slipway.team.TierOption;
import io.slipway.team.TierOptions;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code billing}: a team admin's plan and its price, the plans side by side to upgrade or downgrade, and the
 * month's statement. Team admins only; the services check the caller again.
 */
@Route("billing")
@PageTitle("Billing · Slipway")
@Menu(title = "Billing", order = 3)
@PermitAll
@TeamAdminOnly
class BillingView extends VerticalLayout {

    private final TierChanges tiers;
    private final UUID callerId;

    final Paragraph currentPlan = new Paragraph();
    final Div refusal = new Div();
    final PlanComparison comparison = new PlanComparison(this::choose);
    final StatementPanel statement;

    BillingView(TierChanges tiers, Statements statements, CurrentUser currentUser) {
        this.tiers = tiers;
        this.callerId = currentUser.id();
        this.statement = new StatementPanel(statements, callerId);
        addClassName("slipway-page");

        add(new H1("Billing"));
        currentPlan.addClassName("slipway-current-plan");
        add(currentPlan);
        add(new H2("Plans"));
        add(createRefusal());
        add(comparison);
        add(statement);
        render();
    }

    private Div createRefusal() {
        refusal.addClassName("slipway-form-error");
        refusal.setVisible(false);
        return refusal;
    }

    private void render() {
        TierOptions options = tiers.options(callerId);
        currentPlan.setText("Your team is on the " + options.current().name() + " plan: "
                + Money.of(options.current().monthlyPrice()) + " per month.");
        comparison.show(options);
        statement.showCurrent();
    }

    private void choose(TierOption option) {
        refusal.setVisible(false);
        if (!option.fits()) {
            showRefusal(option.plan().name(), option.toChangeFirst());
            return;
        }
        String name = option.plan().name();
        ConfirmDialog confirm = new ConfirmDialog(
                (option.upgrade() ? "Upgrade" : "Downgrade") + " to " + name + "?",
                "Your team moves to " + name + " now, at "
                        + Money.of(option.plan().monthlyPrice())
                        + " per month from today, prorated by the day. The pool and the namespace quota change at"
                        + " once.",
                "Move to " + name,
                event -> change(option));
        confirm.setCancelable(true);
        confirm.open();
    }

    private void change(TierOption option) {
        try {
            tiers.change(callerId, option.plan().id());
            render();
            Notification.show("Your team is now on " + option.plan().name(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TeamRejected rejected) {
            // The team changed since the page was drawn
            render();
            showRefusal(
                    option.plan().name(),
                    rejected.errors().stream().map(TeamFieldError::message).toList());
        } catch (AccessDeniedException denied) {
            Notification.show(denied.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void showRefusal(String plan, List<String> toChangeFirst) {
        refusal.removeAll();
        UnorderedList list = new UnorderedList();
        toChangeFirst.forEach(message -> list.add(new ListItem(message)));
        refusal.add(new Paragraph("Your team does not fit the " + plan + " plan. Change this first:"), list);
        refusal.setVisible(true);
    }
}
