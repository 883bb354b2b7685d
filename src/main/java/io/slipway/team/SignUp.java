package io.slipway.team;

import io.slipway.security.Accounts;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up: a new user and a new team on the Free plan, the user as its admin with the whole pool. Anyone may sign
 * up; every check runs here again, whatever the form let through.
 */
@Service
public class SignUp {

    private static final Logger log = LoggerFactory.getLogger(SignUp.class);
    static final String PLAN = "free";

    private final Accounts accounts;
    private final Teams teams;
    private final TeamRepository teamRepository;

    SignUp(Accounts accounts, Teams teams, TeamRepository teamRepository) {
        this.accounts = accounts;
        this.teams = teams;
        this.teamRepository = teamRepository;
    }

    /**
     * Creates the user and the team; the team's namespace follows through {@link TeamCreated}.
     *
     * @throws TeamRejected with a message per field; nothing is saved then
     */
    @Transactional
    public TeamSummary signUp(SignUpRequest request) {
        List<TeamFieldError> errors = SignUpValidator.validate(request);
        if (!errors.isEmpty()) {
            throw new TeamRejected(errors);
        }
        String slug = TeamSlug.from(request.getTeamName());
        if (teams.bySlug(slug).isPresent()) {
            errors.add(new TeamFieldError(TeamField.TEAM_NAME, taken(slug)));
        }
        if (accounts.idOf(request.getUsername()).isPresent()) {
            errors.add(new TeamFieldError(
                    TeamField.USERNAME, "The user name " + request.getUsername() + " is taken; choose another"));
        }
        if (!errors.isEmpty()) {
            throw new TeamRejected(errors);
        }
        try {
            UUID userId = accounts.create(request.getUsername(), request.getPassword(), false);
            TeamSummary team = teams.create(request.getTeamName().strip(), slug, PLAN, userId);
            teamRepository.flush();
            log.info("Signed up {} with team {}", request.getUsername(), slug);
            return team;
        } catch (DataIntegrityViolationException raced) {
            // Someone took the team or user name between the checks above and the insert
            throw new TeamRejected(TeamField.FORM, "This team name or user name was taken a moment ago; try again");
        }
    }

    private static String taken(String slug) {
        return "A team with the address \"" + slug + "\" exists already; choose another name";
    }
}
