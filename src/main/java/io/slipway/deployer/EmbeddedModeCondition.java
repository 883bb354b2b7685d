package io.slipway.deployer;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when Slipway runs its own simulated cluster. */
class EmbeddedModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return ClusterDetection.embedded(context.getEnvironment().getProperty("slipway.kubernetes.mode", "auto"));
    }
}
