package io.slipway.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A piece of the header that a feature contributes, such as the Help menu or the user menu.
 *
 * <p>Implementations are Spring beans; {@link MainLayout} asks each for a fresh component per UI.
 */
public interface HeaderItem {

    /** Items are placed left to right by ascending order. */
    int order();

    /** The component for the current user, or empty when the item does not apply to them. */
    Optional<Component> create();
}
