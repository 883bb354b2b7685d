package io.slipway.installation;

import io.slipway.catalog.Protocol;
import io.slipway.security.Accounts;
import io.slipway.storage.Volumes;
import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns installations into the rows a viewer sees: absolute figures from the owner's allocation, the owner's
 * name, the hostname or node address, and whether the viewer may act on the app. Each owner is looked up once
 * per batch, so a page of one member's apps costs two queries, not two per row.
 */
@Component
class AppSummaries {

    private final Teams teams;
    private final Accounts accounts;
    private final AppsProperties apps;
    private final Volumes volumes;

    AppSummaries(Teams teams, Accounts accounts, AppsProperties apps, Volumes volumes) {
        this.teams = teams;
        this.accounts = accounts;
        this.apps = apps;
        this.volumes = volumes;
    }

    List<AppSummary> of(Member viewer, List<Installation> installations) {
        Map<UUID, Owner> owners = new HashMap<>();
        return installations.stream()
                .map(installation ->
                        summary(viewer, installation, owners.computeIfAbsent(installation.getOwnerId(), this::owner)))
                .toList();
    }

    AppSummary of(Member viewer, Installation installation) {
        return summary(viewer, installation, owner(installation.getOwnerId()));
    }

    private Owner owner(UUID ownerId) {
        return new Owner(
                teams.memberOf(ownerId).orElseThrow(),
                accounts.usernameOf(ownerId).orElse("?"));
    }

    private AppSummary summary(Member viewer, Installation installation, Owner owner) {
        boolean isPublic = installation.getAccess() == Access.PUBLIC;
        boolean publicHttp = isPublic && installation.getProtocol() == Protocol.HTTP;
        boolean publicTcp = isPublic && installation.getProtocol() == Protocol.TCP;
        return new AppSummary(
                installation.getId(),
                installation.getName(),
                installation.getOwnerId(),
                owner.name(),
                installation.getImage(),
                installation.getTag(),
                installation.getStatus(),
                installation.getStatusReason(),
                installation.getPercent(),
                owner.member().allocation().share(installation.getPercent()),
                installation.getProtocol(),
                installation.getPort(),
                installation.getAccess(),
                installation.getPersistence(),
                publicHttp
                        ? apps.hostname(
                                installation.getName(), owner.member().team().slug())
                        : "",
                installation.isStopped(),
                publicTcp ? apps.nodeHost() : "",
                publicTcp ? installation.getNodePort() : null,
                installation.getCreatedAt(),
                installation.getPersistence() == Persistence.VOLUME
                        ? volumes.attachedTo(installation.getId()).orElse(null)
                        : null,
                installation.getMountPath(),
                AppAccess.mayChange(viewer, installation));
    }

    private record Owner(Member member, String name) {}
}
