package io.slipway.installation.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** Turns the installation module's checks into Binder validators, so form and service share one rule. */
final class Checks {

    private Checks() {}

    static <T> Validator<T> of(Function<T, Optional<String>> check) {
        return (value, context) ->
                check.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
