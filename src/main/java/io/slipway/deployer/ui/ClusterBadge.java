package io.slipway.deployer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.slipway.base.ui.HeaderItem;
import io.slipway.deployer.embedded.EmbeddedCluster;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** Tells every page that apps run in the simulated cluster, not a real one. */
@org.springframework.stereotype.Component
class ClusterBadge implements HeaderItem {

    private final ObjectProvider<EmbeddedCluster> embedded;

    ClusterBadge(ObjectProvider<EmbeddedCluster> embedded) {
        this.embedded = embedded;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        EmbeddedCluster cluster = embedded.getIfAvailable();
        if (cluster == null) {
            return Optional.empty();
        }
        Span badge = new Span("Simulated cluster");
        badge.addClassName("slipway-cluster-badge");
        badge.getElement()
                .setAttribute(
                        "title",
                        "Apps run in Slipway's embedded cluster, which does not start containers. API server: "
                                + cluster.url());
        return Optional.of(badge);
    }
}
