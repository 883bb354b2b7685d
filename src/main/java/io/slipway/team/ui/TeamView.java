package io.slipway.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.security.CurrentUser;
import io.slipway.security.OneTimePassword;
import io.slipway.team.AllocationRequest;
import io.slipway.team.Allocations;
import io.slipway.team.ForTeamMembers;
import io.slipway.team.Member;
import io.slipway.team.MemberNotFound;
import io.slipway.team.TeamDeletion;
import io.slipway.team.TeamMember;
import io.slipway.team.TeamMembers;
import io.slipway.team.TeamRejected;
import io.slipway.team.TeamRole;
import io.slipway.team.Teams;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@code team} and {@code team/<member id>}: the team's pool and members. Team admins add and remove members,
 * promote and demote them and change allocations; members see the same page read-only. The services check the
 * caller again, whatever this page shows.
 */
@Route("team")
@PageTitle("Team · Slipway")
@Menu(title = "Team", order = 2)
@ForTeamMembers
@PermitAll
class TeamView extends VerticalLayout implements HasUrlParameter<String>, MemberGrid.Actions {

    private final Teams teams;
    private final TeamMembers members;
    private final Allocations allocations;
    private final TeamDeletion deletion;
    private final UUID callerId;

    final Div notice = new Div();
    MemberGrid grid;
    Button addMember;
    Button deleteTeam;
    private boolean admin;

    TeamView(
            Teams teams, TeamMembers members, Allocations allocations, TeamDeletion deletion, CurrentUser currentUser) {
        this.teams = teams;
        this.members = members;
        this.allocations = allocations;
        this.deletion = deletion;
        this.callerId = currentUser.id();
        addClassName("slipway-page");
        notice.addClassName("slipway-form-error");
        render();
    }

    private void render() {
        removeAll();
        notice.setVisible(false);
        Optional<Member> me = teams.memberOf(callerId);
        if (me.isEmpty()) {
            add(new H1("Team"), new Paragraph("You are not a member of a team."));
            return;
        }
        admin = me.get().isAdmin();
        List<TeamMember> team = members.members(callerId);
        PoolSummary pool = new PoolSummary();
        pool.show(allocations.poolOf(callerId));
        grid = new MemberGrid(callerId);
        grid.setItems(team);
        if (admin) {
            grid.enableActions(this);
        }
        add(
                new H1("Team " + me.get().team().name()),
                notice,
                pool,
                admin ? createAddMember() : readOnlyNote(team),
                grid);
        if (admin) {
            add(createDeleteTeam(me.get().team().name()));
        }
    }

    private Button createDeleteTeam(String teamName) {
        deleteTeam = new Button(
                "Delete team…",
                VaadinIcon.TRASH.create(),
                event -> new DeleteTeamDialog(
                                teamName,
                                typed -> guarded(() -> {
                                    deletion.delete(callerId, typed);
                                    Notification.show(
                                                    "Deleted team " + teamName,
                                                    6000,
                                                    Notification.Position.BOTTOM_START)
                                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                    render();
                                }))
                        .open());
        deleteTeam.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return deleteTeam;
    }

    private Button createAddMember() {
        addMember = new Button(
                "Add member",
                VaadinIcon.PLUS.create(),
                event -> guarded(() -> new AddMemberDialog(allocations.poolOf(callerId), this::addToTeam).open()));
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return addMember;
    }

    private Paragraph readOnlyNote(List<TeamMember> team) {
        String admins = team.stream()
                .filter(TeamMember::isAdmin)
                .map(TeamMember::username)
                .collect(Collectors.joining(", "));
        Paragraph note =
                new Paragraph("Only team admins add members and change allocations. Your team admins: " + admins + ".");
        note.addClassName("slipway-read-only-note");
        return note;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String memberId) {
        notice.setVisible(false);
        if (memberId == null || grid == null) {
            return;
        }
        Optional<TeamMember> member = parse(memberId).flatMap(id -> members.member(callerId, id));
        if (member.isEmpty()) {
            // The same answer for an unknown id and another team's member
            notice.setText(MemberNotFound.MESSAGE);
            notice.setVisible(true);
        } else if (admin) {
            editAllocation(member.get());
        }
    }

    @Override
    public void editAllocation(TeamMember member) {
        guarded(() -> new AllocationDialog(
                        member,
                        allocations.poolOf(callerId),
                        members.appsOf(callerId, member.userId()),
                        request -> guarded(() -> {
                            allocations.allocate(callerId, member.userId(), request);
                            success("Saved the allocation of " + member.username());
                        }))
                .open());
    }

    @Override
    public void toggleRole(TeamMember member) {
        guarded(() -> {
            try {
                members.changeRole(callerId, member.userId(), member.isAdmin() ? TeamRole.MEMBER : TeamRole.ADMIN);
                success(member.username() + " is now " + (member.isAdmin() ? "a member" : "a team admin"));
            } catch (TeamRejected rejected) {
                Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }

    @Override
    public void removeMember(TeamMember member) {
        new RemoveMemberDialog(
                        member,
                        () -> guarded(() -> {
                            members.remove(callerId, member.userId());
                            success("Removed " + member.username());
                        }))
                .open();
    }

    private void addToTeam(boolean newAccount, String username, AllocationRequest allocation) {
        guarded(() -> {
            if (newAccount) {
                OneTimePassword account = members.addNewAccount(callerId, username, allocation);
                success("Added " + username);
                new OneTimePasswordDialog(account).open();
            } else {
                members.addExisting(callerId, username, allocation);
                success("Added " + username);
            }
        });
    }

    private void success(String message) {
        render();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs an admin action; when the caller lost their rights or the member left meanwhile, says so and redraws. */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException | MemberNotFound gone) {
            render();
            Notification.show(gone.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
