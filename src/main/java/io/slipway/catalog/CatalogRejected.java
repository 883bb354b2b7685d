package io.slipway.catalog;

import java.util.List;

/** A catalog edit was refused; nothing was saved. Each error names the field to fix. */
public class CatalogRejected extends RuntimeException {

    private final transient List<CatalogFieldError> errors;

    public CatalogRejected(List<CatalogFieldError> errors) {
        super(errors.stream()
                .map(CatalogFieldError::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("Refused"));
        this.errors = List.copyOf(errors);
    }

    public List<CatalogFieldError> errors() {
        return errors;
    }
}
