package io.slipway.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/**
 * Slipway's logo and name, drawn from the bundled SVG rather than an emoji, which machines without an emoji font
 * show as an empty box.
 */
public final class Brand {

    private Brand() {}

    /** The header's link home. */
    public static Anchor link() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("slipway-brand");
        brand.add(mark(), new Span("Slipway"));
        return brand;
    }

    /** The title of the pages shown before logging in. */
    public static H1 heading() {
        H1 heading = new H1(mark(), new Span("Slipway"));
        heading.addClassName("slipway-brand-heading");
        return heading;
    }

    private static Image mark() {
        // Decorative: the name beside it says what it is
        Image mark = new Image("images/slipway.svg", "");
        mark.addClassName("slipway-brand-mark");
        return mark;
    }
}
