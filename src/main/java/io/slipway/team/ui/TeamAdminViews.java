package io.slipway.team.ui;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import io.slipway.base.ui.ViewAccessRule;
import io.slipway.security.CurrentUser;
import io.slipway.team.Member;
import io.slipway.team.TeamAdminOnly;
import io.slipway.team.Teams;
import org.springframework.stereotype.Component;

/** Refuses views marked {@link TeamAdminOnly} to everyone but admins of a team, asking the team module each time. */
@Component
class TeamAdminViews implements ViewAccessRule {

    private final CurrentUser currentUser;
    private final Teams teams;

    TeamAdminViews(CurrentUser currentUser, Teams teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (!context.getNavigationTarget().isAnnotationPresent(TeamAdminOnly.class)) {
            return context.neutral();
        }
        boolean admin = currentUser
                .get()
                .flatMap(user -> teams.memberOf(user.id()))
                .map(Member::isAdmin)
                .orElse(false);
        return admin ? context.neutral() : context.deny("Only a team admin can open this page");
    }
}
