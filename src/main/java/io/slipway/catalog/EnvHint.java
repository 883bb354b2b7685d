package io.slipway.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An env var that the catalog entry suggests, with what it does. */
@Embeddable
public record EnvHint(
        @Column(nullable = false) String name,
        @Column(nullable = false) String description,
        String example) {}
