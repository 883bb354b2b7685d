package io.slipway.team;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: only admins of a team may open it, and only they find it in the menu. Members and users without a
 * team are refused as Vaadin refuses a view its access annotation denies. The view still carries its access
 * annotation ({@code @PermitAll}), and the services it calls check the caller again.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TeamAdminOnly {}
