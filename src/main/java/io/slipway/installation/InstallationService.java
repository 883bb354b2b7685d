package io.slipway.installation;

import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogItem;
import io.slipway.plan.Plans;
import io.slipway.storage.VolumeField;
import io.slipway.storage.VolumeRejected;
import io.slipway.storage.Volumes;
import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Installs apps for a member and lists them. The view is never trusted: every check runs here again. */
@Service
public class InstallationService {

    private static final Logger log = LoggerFactory.getLogger(InstallationService.class);

    private final InstallationRepository installations;
    private final Catalog catalog;
    private final Teams teams;
    private final Plans plans;
    private final EnvSealer envSealer;
    private final AppsProperties apps;
    private final ApplicationEventPublisher events;
    private final Volumes volumes;
    private final AppAccess access;
    private final AppSummaries summaries;
    private final StatusHistory history;

    InstallationService(
            InstallationRepository installations,
            Catalog catalog,
            Teams teams,
            Plans plans,
            EnvSealer envSealer,
            AppsProperties apps,
            ApplicationEventPublisher events,
            Volumes volumes,
            AppAccess access,
            AppSummaries summaries,
            StatusHistory history) {
        this.installations = installations;
        this.catalog = catalog;
        this.teams = teams;
        this.plans = plans;
        this.envSealer = envSealer;
        this.apps = apps;
        this.events = events;
        this.volumes = volumes;
        this.access = access;
        this.summaries = summaries;
        this.history = history;
    }

    /**
     * Installs a catalog entry for a member. In one transaction: lock the member's allocation, check the share
     * and the team's limits, store the installation and the {@link InstallationRequested} event.
     *
     * @throws InstallRejected with a message per field; nothing is stored then
     */
    @Transactional
    public UUID install(UUID userId, String catalogEntryId, InstallRequest request) {
        CatalogItem entry = catalog.find(catalogEntryId)
                .orElseThrow(() -> new InstallRejected(InstallField.FORM, "This catalog entry does not exist"));
        List<FieldError> errors = new ArrayList<>(InstallRequestValidator.validate(request, entry));
        if (!errors.isEmpty()) {
            throw new InstallRejected(errors);
        }

        return accept(userId, entry.id(), entry.image(), request.getTag(), request, null);
    }

    /**
     * Installs an image of the user's own, with registry credentials if it needs them; otherwise as
     * {@link #install}. The reference and the credentials are checked here again, whatever the form did.
     *
     * @throws InstallRejected with a message per field; nothing is stored then
     */
    @Transactional
    public UUID installOwnImage(UUID userId, InstallRequest request) {
        List<FieldError> errors = InstallRequestValidator.validateOwnImage(request);
        if (!errors.isEmpty()) {
            throw new InstallRejected(errors);
        }
        ImageReference image = ImageReference.parse(request.getImage());
        PullSecret pull = PullSecret.isBlank(request.getRegistryUser())
                ? null
                : new PullSecret(image.registry(), request.getRegistryUser(), request.getRegistryToken());
        return accept(userId, null, image.name(), image.version(), request, pull);
    }

    private UUID accept(
            UUID userId, String entryId, String image, String version, InstallRequest request, PullSecret pull) {
        Member member = teams.lockMember(userId)
                .orElseThrow(() -> new InstallRejected(InstallField.FORM, "You are not a member of a team"));
        checkTeamLimits(member, request);
        checkShare(member, request.getPercent());

        Installation installation = new Installation(member.team().id(), userId, entryId, image, version, request);
        installation.sealEnv(envSealer.seal(request.getEnv()));
        if (pull != null) {
            installation.sealPull(envSealer.sealPull(pull));
        }
        installations.saveAndFlush(installation);
        history.first(
                installation.getId(),
                installation.getCreatedAt(),
                installation.getStatus(),
                installation.getStatusReason());
        if (request.getPersistence() == Persistence.VOLUME) {
            giveVolume(member, installation.getId(), request);
        }
        events.publishEvent(new InstallationRequested(installation.getId()));
        events.publishEvent(new AppInstalled(
                member.team().id(),
                installation.getId(),
                userId,
                request.getName(),
                image,
                version,
                request.getPercent()));
        log.info(
                "Accepted install of {} as {} in team {} at {} %",
                entryId == null ? "an own image" : entryId,
                request.getName(),
                member.team().slug(),
                request.getPercent());
        return installation.getId();
    }

    /**
     * Deletes an app: its owner or a team admin may. The row and the {@link InstallationDeleted} event commit
     * together; the deployer then deletes the app's objects, also if it was down at this moment.
     *
     * @param deleteData whether the app's persistent volume is deleted too
     * @throws AppNotFound when the user's team has no such app (also for another team's app)
     * @throws AppActionRefused when the user neither owns the app nor is a team admin
     */
    @Transactional
    public void delete(UUID userId, UUID installationId, boolean deleteData) {
        AppAccess.Target target = access.toChange(userId, installationId);
        Member member = target.actor();
        Installation installation = target.installation();
        volumes.release(installationId, member.team().id(), member.team().namespace(), deleteData);
        installations.delete(installation);
        events.publishEvent(new InstallationDeleted(
                installationId, member.team().id(), member.team().namespace(), installation.getName(), deleteData));
        events.publishEvent(new AppChanged(
                member.team().id(),
                installationId,
                userId,
                installation.getOwnerId(),
                installation.getName(),
                AppChange.DELETED,
                "Deleted " + installation.getName() + (deleteData ? " and its data" : "")));
        log.info(
                "Deleted app {} of team {}",
                installation.getName(),
                member.team().slug());
    }

    /** A new volume or a retained one; a refusal rolls the whole install back, so nothing is created. */
    private void giveVolume(Member member, UUID installationId, InstallRequest request) {
        try {
            if (request.getRetainedVolumeId() != null) {
                volumes.attach(member, request.getRetainedVolumeId(), installationId, request.getName());
            } else {
                volumes.create(
                        member, installationId, request.getName(), request.getVolumeType(), request.getVolumeSizeGib());
            }
        } catch (VolumeRejected rejected) {
            throw new InstallRejected(fieldOf(rejected.field()), rejected.getMessage());
        }
    }

    private static InstallField fieldOf(VolumeField field) {
        return switch (field) {
            case PERSISTENCE -> InstallField.PERSISTENCE;
            case TYPE -> InstallField.VOLUME_TYPE;
            case SIZE -> InstallField.VOLUME_SIZE;
            case MOUNT_PATH -> InstallField.MOUNT_PATH;
            case RETAINED -> InstallField.RETAINED_VOLUME;
        };
    }

    private void checkTeamLimits(Member member, InstallRequest request) {
        if (installations.existsByTeamIdAndName(member.team().id(), request.getName())) {
            throw new InstallRejected(
                    InstallField.NAME,
                    "Your team already has an app named " + request.getName() + "; choose another name");
        }
        int maxApps = plans.byId(member.team().planId()).pool().maxApps();
        if (installations.countByTeamId(member.team().id()) >= maxApps) {
            throw new InstallRejected(
                    InstallField.FORM,
                    "Your team's plan allows " + maxApps
                            + " apps and all are in use; delete an app or ask your team admin to upgrade the plan");
        }
    }

    private void checkShare(Member member, int percent) {
        int used = installations.sumPercentByOwnerId(member.userId());
        Shares.problem(member.allocation(), used, percent, apps.minCpuMillis(), apps.minMemoryMib())
                .ifPresent(problem -> {
                    throw new InstallRejected(InstallField.PERCENT, problem);
                });
    }

    /** What the install form shows a member: their allocation, what is left of it, their team's tier. */
    @Transactional(readOnly = true)
    public Optional<InstallContext> contextFor(UUID userId) {
        return teams.memberOf(userId)
                .map(member -> new InstallContext(
                        member.team().id(),
                        member.team().slug(),
                        member.allocation(),
                        installations.sumPercentByOwnerId(userId),
                        plans.byId(member.team().planId()).offersVolumes(),
                        apps,
                        volumes.optionsFor(member)));
    }

    /** Whether the member's team already has an app of this name. */
    @Transactional(readOnly = true)
    public boolean nameTaken(UUID userId, String name) {
        return teams.memberOf(userId)
                .map(member -> installations.existsByTeamIdAndName(member.team().id(), name))
                .orElse(false);
    }

    /** How much of a member's allocation their apps already take, in percent. */
    @Transactional(readOnly = true)
    public int usedPercent(UUID userId) {
        return installations.sumPercentByOwnerId(userId);
    }

    /** The member's own apps, newest first. */
    @Transactional(readOnly = true)
    public List<AppSummary> appsOf(UUID userId) {
        Member member = teams.memberOf(userId).orElseThrow();
        return summaries.of(member, installations.findByOwnerIdOrderByCreatedAtDesc(userId));
    }
}
