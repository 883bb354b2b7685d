package io.slipway.installation;

import java.util.List;
import java.util.Optional;

/** The install was refused; nothing was created. Each error names the field the user should fix. */
public class InstallRejected extends RuntimeException {

    private final transient List<FieldError> errors;

    public InstallRejected(List<FieldError> errors) {
        super(errors.stream()
                .map(FieldError::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("Install refused"));
        this.errors = List.copyOf(errors);
    }

    public InstallRejected(InstallField field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<String> messageFor(InstallField field) {
        return errors.stream()
                .filter(e -> e.field() == field)
                .map(FieldError::message)
                .findFirst();
    }
}
