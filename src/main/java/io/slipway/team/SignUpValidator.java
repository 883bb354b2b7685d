package io.slipway.team;

import io.slipway.security.PasswordPolicy;
import io.slipway.security.UsernamePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The sign-up form's checks; the same in the browser-facing form and in {@link SignUp}. */
public final class SignUpValidator {

    private SignUpValidator() {}

    public static Optional<String> checkRepeat(String password, String repeat) {
        return Objects.equals(password, repeat) ? Optional.empty() : Optional.of("The two passwords differ");
    }

    public static List<TeamFieldError> validate(SignUpRequest request) {
        List<TeamFieldError> errors = new ArrayList<>();
        TeamSlug.checkName(request.getTeamName())
                .ifPresent(m -> errors.add(new TeamFieldError(TeamField.TEAM_NAME, m)));
        UsernamePolicy.check(request.getUsername())
                .ifPresent(m -> errors.add(new TeamFieldError(TeamField.USERNAME, m)));
        PasswordPolicy.check(request.getUsername(), request.getPassword())
                .ifPresent(m -> errors.add(new TeamFieldError(TeamField.PASSWORD, m)));
        checkRepeat(request.getPassword(), request.getPasswordRepeat())
                .ifPresent(m -> errors.add(new TeamFieldError(TeamField.PASSWORD_REPEAT, m)));
        return errors;
    }
}
