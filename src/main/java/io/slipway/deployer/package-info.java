/**
 * Everything Kubernetes: team namespaces with their quota and policies, each app's objects, the status the
 * cluster reports, and the embedded (simulated) cluster.
 *
 * <p>The only module that uses fabric8 types. It reads desired state from the installation and team modules
 * and reports status back; it never decides what a user may do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deployer")
package io.slipway.deployer;
