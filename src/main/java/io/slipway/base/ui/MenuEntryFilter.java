package io.slipway.base.ui;

/**
 * A feature's say in which views the header's menu lists for the current user, beside access control: a view it
 * leaves out can still be opened, by a link or its address. For pages that are open to everyone but useful only to
 * some, such as My Apps for a user who belongs to no team.
 *
 * <p>Implementations are Spring beans.
 */
public interface MenuEntryFilter {

    /** Whether the menu lists {@code view} for the current user. */
    boolean lists(Class<?> view);
}
