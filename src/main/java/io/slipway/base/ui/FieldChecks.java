package io.slipway.base.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;
import java.util.function.Function;

/** Turns a module's check (a message when something is wrong) into a Binder validator: form and service share it. */
public final class FieldChecks {

    private FieldChecks() {}

    public static <T> Validator<T> of(Function<T, Optional<String>> check) {
        return (value, context) ->
                check.apply(value).map(ValidationResult::error).orElseGet(ValidationResult::ok);
    }
}
