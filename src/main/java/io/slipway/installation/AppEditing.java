package io.slipway.installation;

import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogItem;
import io.slipway.plan.Plans;
import io.slipway.storage.Volumes;
import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits an app with the install form's rules: every field checked again as at install, the share checked against
 * the owner's allocation with this app's current share counted as free, under the same locks. The name and the
 * persistence stay; env values the user did not enter again keep their stored value. A saved edit rolls the app.
 */
@Service
public class AppEditing {

    private static final Logger log = LoggerFactory.getLogger(AppEditing.class);

    /** Edit changes neither of these, so their checks do not run. */
    private static final Set<InstallField> KEPT = Set.of(
            InstallField.PERSISTENCE,
            InstallField.VOLUME_TYPE,
            InstallField.VOLUME_SIZE,
            InstallField.MOUNT_PATH,
            InstallField.RETAINED_VOLUME);

    private final AppAccess access;
    private final InstallationRepository installations;
    private final Catalog catalog;
    private final Teams teams;
    private final Plans plans;
    private final Volumes volumes;
    private final EnvSealer envSealer;
    private final AppsProperties apps;
    private final AppSummaries summaries;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AppEditing(
            AppAccess access,
            InstallationRepository installations,
            Catalog catalog,
            Teams teams,
            Plans plans,
            Volumes volumes,
            EnvSealer envSealer,
            AppsProperties apps,
            AppSummaries summaries,
            ApplicationEventPublisher events) {
        this.access = access;
        this.installations = installations;
        this.catalog = catalog;
        this.teams = teams;
        this.plans = plans;
        this.volumes = volumes;
        this.envSealer = envSealer;
        this.apps = apps;
        this.summaries = summaries;
        this.events = events;
    }

    /**
     * The form's starting point for an app the user may change.
     *
     * @throws AppNotFound for an unknown id and another team's app alike
     * @throws AppActionRefused for a member who neither owns the app nor is a team admin
     */
    @Transactional(readOnly = true)
    public AppEdit start(UUID userId, UUID installationId) {
        AppAccess.Target target = access.toRead(userId, installationId);
        Installation installation = target.installation();
        if (!AppAccess.mayChange(target.actor(), installation)) {
            throw new AppActionRefused();
        }
        Member owner = teams.memberOf(installation.getOwnerId()).orElseThrow();
        InstallContext context = new InstallContext(
                owner.team().id(),
                owner.team().slug(),
                owner.allocation(),
                installations.sumPercentByOwnerId(owner.userId()) - installation.getPercent(),
                plans.byId(owner.team().planId()).offersVolumes(),
                apps,
                volumes.optionsFor(owner));
        return new AppEdit(
                summaries.of(target.actor(), installation),
                entryOf(installation),
                context,
                requestOf(installation),
                installation.getCatalogEntryId() == null);
    }

    /**
     * Saves the edit and rolls the app.
     *
     * @throws InstallRejected with a message per field; nothing is changed then
     * @throws AppNotFound for an unknown id and another team's app alike
     * @throws AppActionRefused for a member who neither owns the app nor is a team admin
     */
    @Transactional
    public void edit(UUID userId, UUID installationId, InstallRequest request) {
        AppAccess.Target target = access.toChange(userId, installationId);
        Installation installation = target.installation();
        CatalogItem entry = entryOf(installation);
        boolean ownImage = installation.getCatalogEntryId() == null;
        List<FieldError> errors = new ArrayList<>(InstallRequestValidator.validate(request, entry).stream()
                .filter(error -> !KEPT.contains(error.field()))
                // An own image may move to any tag or digest of the same image, not only the one it runs
                .filter(error -> !(ownImage && error.field() == InstallField.TAG))
                .toList());
        if (ownImage) {
            ImageReference.checkVersion(request.getTag())
                    .ifPresent(m -> errors.add(new FieldError(InstallField.TAG, m)));
        }
        if (!installation.getName().equals(request.getName())) {
            errors.add(new FieldError(InstallField.NAME, "An app keeps its name; install a new app for another"));
        }
        List<EnvVar> env = new ArrayList<>();
        EnvMerge.merge(request.getEnv(), envSealer.open(installation.getEnvSealed()), env)
                .ifPresent(problem -> errors.add(new FieldError(InstallField.ENV, problem)));
        if (!errors.isEmpty()) {
            throw new InstallRejected(errors);
        }

        Member owner = installation.getOwnerId().equals(userId)
                ? target.actor()
                : teams.lockMember(installation.getOwnerId()).orElseThrow(AppNotFound::new);
        int othersUse = installations.sumPercentByOwnerId(owner.userId()) - installation.getPercent();
        Shares.problem(owner.allocation(), othersUse, request.getPercent(), apps.minCpuMillis(), apps.minMemoryMib())
                .ifPresent(problem -> {
                    throw new InstallRejected(InstallField.PERCENT, problem);
                });

        String changes = EditDescription.of(installation, request, env, envSealer.open(installation.getEnvSealed()));
        installation.edit(request, envSealer.seal(env));
        installation.restart(clock.instant());
        events.publishEvent(new InstallationChanged(installationId));
        events.publishEvent(new AppChanged(
                installation.getTeamId(),
                installationId,
                userId,
                installation.getOwnerId(),
                installation.getName(),
                AppChange.EDITED,
                "Edited " + installation.getName() + ": " + changes));
        log.info(
                "Edited app {} of team {}",
                installation.getName(),
                target.actor().team().slug());
    }

    /** An own image keeps its name and registry; its version is checked by itself (see {@link #edit}). */
    private CatalogItem entryOf(Installation installation) {
        if (installation.getCatalogEntryId() == null) {
            return OwnImage.entry(installation.getTag());
        }
        return catalog.entry(installation.getCatalogEntryId())
                .orElseThrow(() -> new InstallRejected(InstallField.FORM, "This app's catalog entry is gone"));
    }

    private InstallRequest requestOf(Installation installation) {
        InstallRequest request = new InstallRequest();
        request.setName(installation.getName());
        request.setTag(installation.getTag());
        request.setPercent(installation.getPercent());
        request.setProtocol(installation.getProtocol());
        request.setPort(String.valueOf(installation.getPort()));
        request.setEnv(envSealer.open(installation.getEnvSealed()).stream()
                .map(variable -> new EnvVar(variable.key(), null))
                .toList());
        request.setWorkingDir(installation.getWorkingDir() == null ? "" : installation.getWorkingDir());
        request.setAccess(installation.getAccess());
        request.setPersistence(installation.getPersistence());
        request.setMountPath(installation.getMountPath() == null ? "" : installation.getMountPath());
        return request;
    }
}
