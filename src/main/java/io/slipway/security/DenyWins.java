package io.slipway.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;

/**
 * Combines the navigation checkers' votes: any denial wins, else any allowance, else denial. Vaadin's default
 * treats an allowance (a view's {@code @PermitAll}) beside a denial (a {@code ViewAccessRule}) as a
 * misconfiguration; here it is the point.
 */
class DenyWins implements AccessCheckDecisionResolver {

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        return results.stream()
                .filter(result -> result.decision() == AccessCheckDecision.DENY
                        || result.decision() == AccessCheckDecision.REJECT)
                .findFirst()
                .map(denied -> context.deny(denied.reason()))
                .orElseGet(() -> results.stream().anyMatch(result -> result.decision() == AccessCheckDecision.ALLOW)
                                || context.isErrorHandling()
                        ? context.allow()
                        : context.deny("No navigation checker allowed this view"));
    }
}
