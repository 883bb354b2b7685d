package io.slipway.plan;

import java.util.List;
import java.util.Optional;

/** A plan edit was refused; nothing was saved. Each error names the field to fix. */
public class PlanRejected extends RuntimeException {

    private final transient List<PlanFieldError> errors;

    public PlanRejected(List<PlanFieldError> errors) {
        super(errors.stream()
                .map(PlanFieldError::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("Refused"));
        this.errors = List.copyOf(errors);
    }

    public List<PlanFieldError> errors() {
        return errors;
    }

    public Optional<String> messageFor(PlanField field) {
        return errors.stream()
                .filter(e -> e.field() == field)
                .map(PlanFieldError::message)
                .findFirst();
    }
}
