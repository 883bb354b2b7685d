package io.slipway.storage;

import io.slipway.plan.PlanSummary;
import io.slipway.plan.Plans;
import io.slipway.team.Member;
import io.slipway.team.Teams;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' persistent volumes: created or taken over by an install, kept or given up when the app goes, deleted
 * from the retained list. Every check runs here, whatever the form did.
 */
@Service
public class Volumes {

    private static final Logger log = LoggerFactory.getLogger(Volumes.class);

    private final VolumeRepository volumes;
    private final Plans plans;
    private final Teams teams;
    private final ApplicationEventPublisher events;

    Volumes(VolumeRepository volumes, Plans plans, Teams teams, ApplicationEventPublisher events) {
        this.volumes = volumes;
        this.plans = plans;
        this.teams = teams;
        this.events = events;
    }

    /** What the install form may offer the member. */
    @Transactional(readOnly = true)
    public VolumeOptions optionsFor(Member member) {
        PlanSummary plan = plans.byId(member.team().planId());
        if (!plan.offersVolumes()) {
            return VolumeOptions.NONE;
        }
        List<VolumeSummary> retained = volumes.findRetainedByOwnerId(member.userId()).stream()
                .filter(volume -> plan.volumeTypes().contains(volume.getVolumeType()))
                .map(Volume::summary)
                .toList();
        return new VolumeOptions(plan.volumeTypes(), left(member), retained);
    }

    /**
     * A new volume for an app being installed. Call with the member locked (team, then member), so that two
     * installs cannot both take the last GiB.
     *
     * @throws VolumeRejected at the field to change; nothing is created then
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public VolumeSummary create(Member member, UUID installationId, String appName, String type, Integer sizeGib) {
        PlanSummary plan = requireVolumesOffered(member);
        VolumeChecks.checkType(type, plan.volumeTypes()).ifPresent(problem -> {
            throw new VolumeRejected(VolumeField.TYPE, problem);
        });
        String storageClass = plans.storageClassOf(type)
                .orElseThrow(() -> new VolumeRejected(
                        VolumeField.TYPE, type + " volumes are not available at the moment; choose another type"));
        VolumeChecks.checkSize(sizeGib, left(member)).ifPresent(problem -> {
            throw new VolumeRejected(VolumeField.SIZE, problem);
        });
        Volume volume = new Volume(
                member.team().id(), member.userId(), claimName(member, appName), type, storageClass, sizeGib);
        volume.attach(installationId, appName);
        volumes.save(volume);
        log.info(
                "Reserved a {} GiB {} volume for app {} of team {}",
                sizeGib,
                type,
                appName,
                member.team().slug());
        return volume.summary();
    }

    /**
     * Gives a retained volume of the member to an app being installed; its size is already counted. Call with
     * the member locked.
     *
     * @throws VolumeRejected when the member has no such retained volume, or the plan no longer offers its type
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public VolumeSummary attach(Member member, UUID volumeId, UUID installationId, String appName) {
        PlanSummary plan = requireVolumesOffered(member);
        Volume volume = Optional.ofNullable(volumeId)
                .flatMap(id -> volumes.findByIdAndTeamId(id, member.team().id()))
                .filter(found -> found.getOwnerId().equals(member.userId()) && found.isRetained())
                .orElseThrow(() -> new VolumeRejected(VolumeField.RETAINED, new VolumeNotFound().getMessage()));
        if (!plan.volumeTypes().contains(volume.getVolumeType())) {
            throw new VolumeRejected(
                    VolumeField.RETAINED,
                    "Your team's plan no longer offers " + volume.getVolumeType() + " volumes; delete this one");
        }
        volume.attach(installationId, appName);
        log.info(
                "Attached retained volume {} to app {} of team {}",
                volume.getClaimName(),
                appName,
                member.team().slug());
        return volume.summary();
    }

    /**
     * The app goes: its volume is kept as a retained volume, or deleted with its data. In the deletion's
     * transaction, so the row and the deletion commit together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID installationId, UUID teamId, String namespace, boolean deleteData) {
        volumes.findByInstallationId(installationId).ifPresent(volume -> {
            if (deleteData) {
                delete(volume, teamId, namespace);
            } else {
                volume.retain(Instant.now());
                log.info("Retained volume {} in {}", volume.getClaimName(), namespace);
            }
        });
    }

    /** The volume attached to an app, if it has one. */
    @Transactional(readOnly = true)
    public Optional<VolumeSummary> attachedTo(UUID installationId) {
        return volumes.findByInstallationId(installationId).map(Volume::summary);
    }

    /** The member's retained volumes, most recently retained first. */
    @Transactional(readOnly = true)
    public List<VolumeSummary> retainedOf(UUID userId) {
        return volumes.findRetainedByOwnerId(userId).stream()
                .map(Volume::summary)
                .toList();
    }

    /** What the member's volumes, attached and retained, take of their storage allocation. */
    @Transactional(readOnly = true)
    public int usedGib(UUID userId) {
        return volumes.sumSizeByOwnerId(userId);
    }

    /**
     * Deletes a retained volume of the caller, with its data, and frees its storage.
     *
     * @throws VolumeNotFound for unknown ids, volumes still attached, and other members' and teams' volumes alike
     */
    @Transactional
    public void deleteRetained(UUID userId, UUID volumeId) {
        Member member = teams.lockMember(userId).orElseThrow(VolumeNotFound::new);
        Volume volume = volumes.findByIdAndTeamId(volumeId, member.team().id())
                .filter(found -> found.getOwnerId().equals(userId) && found.isRetained())
                .orElseThrow(VolumeNotFound::new);
        delete(volume, member.team().id(), member.team().namespace());
    }

    private void delete(Volume volume, UUID teamId, String namespace) {
        volumes.delete(volume);
        events.publishEvent(new VolumeDeleted(volume.getId(), teamId, namespace, volume.getClaimName()));
        log.info("Deleted volume {} in {} with its data", volume.getClaimName(), namespace);
    }

    private PlanSummary requireVolumesOffered(Member member) {
        PlanSummary plan = plans.byId(member.team().planId());
        if (!plan.offersVolumes()) {
            throw new VolumeRejected(
                    VolumeField.PERSISTENCE,
                    "The " + plan.name() + " plan has no persistent volumes; the app's data is lost when it restarts");
        }
        return plan;
    }

    private int left(Member member) {
        return member.allocation().storageGib() - volumes.sumSizeByOwnerId(member.userId());
    }

    /** {@code <app>-data}, unless a retained volume of the team holds that name already. */
    private String claimName(Member member, String appName) {
        String name = appName + "-data";
        for (int n = 2; volumes.existsByTeamIdAndClaimName(member.team().id(), name); n++) {
            name = appName + "-data-" + n;
        }
        return name;
    }
}
