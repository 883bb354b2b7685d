package io.slipway.installation;

import io.slipway.plan.Resources;
import io.slipway.team.MemberApp;
import io.slipway.team.MemberApps;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the team module which apps a member owns, and the smallest app the platform runs. */
@Component
class InstallationMemberApps implements MemberApps {

    private final InstallationRepository installations;
    private final AppsProperties apps;

    InstallationMemberApps(InstallationRepository installations, AppsProperties apps) {
        this.installations = installations;
        this.apps = apps;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberApp> appsOf(UUID memberId) {
        return installations.findByOwnerIdOrderByName(memberId).stream()
                .map(installation -> new MemberApp(
                        installation.getName(),
                        installation.getPercent(),
                        installation.getPersistence() != Persistence.EPHEMERAL))
                .toList();
    }

    @Override
    public Resources minimumPerApp() {
        return new Resources(apps.minCpuMillis(), apps.minMemoryMib());
    }
}
