package io.slipway.base.ui;

import com.vaadin.flow.server.auth.NavigationAccessChecker;

/**
 * A feature's own rule for who may open some views, beside the access annotations every view carries. A rule
 * denies or stays neutral, never allows: a view still needs its annotation. Vaadin applies the rules to
 * navigation and to the header's menu alike, so a view a user may not open is not offered to them either.
 *
 * <p>Implementations are Spring beans.
 */
public interface ViewAccessRule extends NavigationAccessChecker {}
