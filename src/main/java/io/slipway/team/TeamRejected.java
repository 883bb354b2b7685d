package io.slipway.team;

import java.util.List;
import java.util.Optional;

/** A sign-up or a change to a team was refused; nothing was saved. Each error names the field to fix. */
public class TeamRejected extends RuntimeException {

    private final transient List<TeamFieldError> errors;

    public TeamRejected(List<TeamFieldError> errors) {
        super(errors.stream()
                .map(TeamFieldError::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("Refused"));
        this.errors = List.copyOf(errors);
    }

    public TeamRejected(TeamField field, String message) {
        this(List.of(new TeamFieldError(field, message)));
    }

    public List<TeamFieldError> errors() {
        return errors;
    }

    public Optional<String> messageFor(TeamField field) {
        return errors.stream()
                .filter(e -> e.field() == field)
                .map(TeamFieldError::message)
                .findFirst();
    }
}
