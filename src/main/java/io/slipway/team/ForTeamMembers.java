package io.slipway.team;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: the header's menu lists it only for users who belong to a team. Others, such as a platform admin or a
 * member who was removed from their team, can still open it by its address, and it tells them they have no team.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForTeamMembers {}
