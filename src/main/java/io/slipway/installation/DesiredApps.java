package io.slipway.installation;

import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogItem;
import io.slipway.catalog.Protocol;
import io.slipway.storage.VolumeSummary;
import io.slipway.storage.Volumes;
import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The deployer's side of installations: each app's desired state in, its observed status back. */
@Service
public class DesiredApps {

    private static final Logger log = LoggerFactory.getLogger(DesiredApps.class);

    private final InstallationRepository installations;
    private final Teams teams;
    private final Catalog catalog;
    private final EnvSealer envSealer;
    private final AppsProperties apps;
    private final StatusBroadcaster broadcaster;
    private final Volumes volumes;
    private final StatusHistory history;
    private final Clock clock = Clock.systemUTC();

    DesiredApps(
            InstallationRepository installations,
            Teams teams,
            Catalog catalog,
            EnvSealer envSealer,
            AppsProperties apps,
            StatusBroadcaster broadcaster,
            Volumes volumes,
            StatusHistory history) {
        this.installations = installations;
        this.teams = teams;
        this.catalog = catalog;
        this.envSealer = envSealer;
        this.apps = apps;
        this.broadcaster = broadcaster;
        this.volumes = volumes;
        this.history = history;
    }

    /** The desired state of one app; empty when it no longer exists. */
    @Transactional(readOnly = true)
    public Optional<DesiredApp> find(UUID installationId) {
        return installations.findById(installationId).map(this::desired);
    }

    @Transactional(readOnly = true)
    public List<UUID> allIds() {
        return installations.findAllIds();
    }

    /** The apps of one member, whose resources follow that member's allocation. */
    @Transactional(readOnly = true)
    public List<UUID> idsOwnedBy(UUID memberId) {
        return installations.findIdsByOwnerId(memberId);
    }

    /**
     * Records what the cluster says about an app, and tells its team's open pages once committed. The pages of
     * this replica hear of it even when another replica recorded the same status first; callers report a
     * status only when it changed.
     */
    @Transactional
    public void report(UUID installationId, InstallationStatus status, String reason) {
        installations.findById(installationId).ifPresent(installation -> {
            if (installation.getStatus() != status || !Objects.equals(installation.getStatusReason(), reason)) {
                Instant now = clock.instant();
                installations.updateStatus(installationId, status, reason, now);
                // Not the reason: it may quote the app's last log lines, and an app may print its env values
                log.info(
                        "App {} of team {} is now {}",
                        installation.getName(),
                        installation.getTeamId(),
                        status.label());
                history.record(installationId, now, status, reason);
            }
            afterCommit(new InstallationStatusChanged(installationId, installation.getTeamId()));
        });
    }

    /** Records the node port the cluster assigned to a public TCP app's Service, and tells open pages. */
    @Transactional
    public void reportNodePort(UUID installationId, Integer nodePort) {
        installations.findById(installationId).ifPresent(installation -> {
            if (!Objects.equals(installation.getNodePort(), nodePort)) {
                installations.updateNodePort(installationId, nodePort);
                afterCommit(new InstallationStatusChanged(installationId, installation.getTeamId()));
            }
        });
    }

    private void afterCommit(InstallationStatusChanged change) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.publish(change);
            }
        });
    }

    private DesiredApp desired(Installation installation) {
        Member owner = teams.memberOf(installation.getOwnerId()).orElseThrow();
        Optional<CatalogItem> entry =
                Optional.ofNullable(installation.getCatalogEntryId()).flatMap(catalog::entry);
        boolean publicHttp = installation.getAccess() == Access.PUBLIC && installation.getProtocol() == Protocol.HTTP;
        Optional<VolumeSummary> volume = installation.getPersistence() == Persistence.VOLUME
                ? volumes.attachedTo(installation.getId())
                : Optional.empty();
        return new DesiredApp(
                installation.getId(),
                owner.team().id(),
                owner.team().slug(),
                owner.team().namespace(),
                installation.getName(),
                installation.getImage(),
                installation.getTag(),
                owner.allocation().share(installation.getPercent()),
                installation.getProtocol(),
                installation.getPort(),
                envSealer.open(installation.getEnvSealed()),
                installation.getWorkingDir(),
                installation.getAccess(),
                installation.getPersistence(),
                volume.isPresent()
                        ? installation.getMountPath()
                        : entry.map(CatalogItem::dataMountPath).orElse(null),
                entry.map(CatalogItem::healthPath).orElse(null),
                entry.map(CatalogItem::runAsUser).orElse(null),
                publicHttp ? apps.hostname(installation.getName(), owner.team().slug()) : null,
                volume.orElse(null),
                installation.isStopped(),
                installation.getRestartedAt(),
                installation.getNodePort(),
                envSealer.openPull(installation.getPullSealed()));
    }
}
