package io.slipway.team;

import io.slipway.plan.Resources;
import java.util.List;
import java.util.UUID;

/**
 * What the team module needs to know about a member's apps, implemented by the module that owns apps (so that
 * the team module does not depend on it): allocations may not shrink below what the apps need, and members who
 * own apps cannot be removed.
 */
public interface MemberApps {

    /** The member's apps, by name. */
    List<MemberApp> appsOf(UUID memberId);

    /** The smallest CPU and memory that the platform gives one app. */
    Resources minimumPerApp();
}
