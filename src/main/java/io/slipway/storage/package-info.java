/**
 * Storage: Premium teams' persistent volumes, the volume types a plan offers, and retained volumes (kept when
 * their app was deleted without its data).
 *
 * <p>A volume belongs to a member and counts against their storage allocation, attached or retained. The
 * installation module creates and attaches volumes inside its install transaction, after it locked the team and
 * the member; {@link io.slipway.storage.VolumeDeleted} tells the deployer which claim to delete. This module never
 * talks to Kubernetes. It tells the team module about a member's volumes through
 * {@link io.slipway.team.MemberVolumes}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package io.slipway.storage;
