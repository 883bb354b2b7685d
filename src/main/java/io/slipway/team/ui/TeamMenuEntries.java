package io.slipway.team.ui;

import io.slipway.base.ui.MenuEntryFilter;
import io.slipway.security.CurrentUser;
import io.slipway.team.ForTeamMembers;
import io.slipway.team.Teams;
import org.springframework.stereotype.Component;

/** Leaves views marked {@link ForTeamMembers} out of the menu of users who belong to no team. */
@Component
class TeamMenuEntries implements MenuEntryFilter {

    private final CurrentUser currentUser;
    private final Teams teams;

    TeamMenuEntries(CurrentUser currentUser, Teams teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    @Override
    public boolean lists(Class<?> view) {
        if (!view.isAnnotationPresent(ForTeamMembers.class)) {
            return true;
        }
        return currentUser.get().flatMap(user -> teams.memberOf(user.id())).isPresent();
    }
}
