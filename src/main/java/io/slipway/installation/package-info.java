/**
 * Installations: the install form, My Apps, and each app's desired state and status.
 *
 * <p>An accepted install is a database row plus an {@link io.slipway.installation.InstallationRequested} event
 * in the same transaction; the deployer makes the cluster match. This module never talks to Kubernetes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Installations")
package io.slipway.installation;
