package io.slipway.deployer;

import io.slipway.Fixtures.Member;
import io.slipway.catalog.Protocol;
import io.slipway.installation.Access;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.Persistence;
import io.slipway.plan.Resources;
import java.util.List;
import java.util.UUID;

/** Desired apps for tests that build Kubernetes objects without installing anything. */
final class Desired {

    private Desired() {}

    static DesiredApp app(Member member, String name) {
        return new DesiredApp(
                UUID.randomUUID(),
                member.team().id(),
                member.team().slug(),
                member.team().namespace(),
                name,
                "lightstreamer",
                "latest",
                new Resources(200, 409),
                Protocol.HTTP,
                8080,
                List.of(),
                null,
                Access.PUBLIC,
                Persistence.EPHEMERAL,
                null,
                "/lightstreamer/healthcheck",
                10000,
                name + "-" + member.team().slug() + ".apps.test",
                null,
                false,
                null,
                null,
                null);
    }

    /** A public TCP app, reached on a node port. */
    static DesiredApp publicTcp(Member member, String name) {
        return new DesiredApp(
                UUID.randomUUID(),
                member.team().id(),
                member.team().slug(),
                member.team().namespace(),
                name,
                "lightstreamer",
                "latest",
                new Resources(200, 409),
                Protocol.TCP,
                8080,
                List.of(),
                null,
                Access.PUBLIC,
                Persistence.EPHEMERAL,
                null,
                null,
                10000,
                null,
                null,
                false,
                null,
                null,
                null);
    }
}
