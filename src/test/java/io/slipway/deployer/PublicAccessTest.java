package io.slipway.deployer;

import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.SlipwayTest;
import io.slipway.catalog.Protocol;
import io.slipway.installation.Access;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who can reach an app: the ingress controller for public HTTP, anyone for public TCP, the team for private. */
@SlipwayTest
class PublicAccessTest {

    @Autowired
    KubernetesClient kubernetes;

    @Autowired
    InstallationService installations;

    @Autowired
    Fixtures fixtures;

    private Member member;

    @BeforeEach
    void member() {
        member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    @Test
    void aPublicHttpAppAdmitsOnlyTheIngressControllerToItsPort() {
        installations.install(member.userId(), "lightstreamer", lightstreamer("web", 10));

        NetworkPolicyIngressRule rule = onlyRule(awaitPolicy("allow-public-web"));

        assertThat(rule.getPorts())
                .singleElement()
                .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(8080));
        assertThat(rule.getFrom()).singleElement().satisfies(peer -> {
            assertThat(peer.getIpBlock()).isNull();
            assertThat(peer.getPodSelector()).isNull();
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .isEqualTo(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
        });
    }

    @Test
    void aPublicTcpAppAdmitsOutsideAddressesToItsNodePort() {
        InstallRequest request = lightstreamer("feed", 10);
        request.setProtocol(Protocol.TCP);
        request.setPort("6663");
        installations.install(member.userId(), "lightstreamer", request);

        NetworkPolicyIngressRule rule = onlyRule(awaitPolicy("allow-public-feed"));

        assertThat(rule.getPorts())
                .singleElement()
                .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(6663));
        assertThat(rule.getFrom())
                .extracting(NetworkPolicyPeer::getIpBlock)
                .extracting(IPBlock::getCidr)
                .containsExactly("0.0.0.0/0", "::/0");
        assertThat(kubernetes
                        .services()
                        .inNamespace(member.team().namespace())
                        .withName("feed")
                        .get()
                        .getSpec()
                        .getType())
                .isEqualTo("NodePort");
    }

    @Test
    void aPrivateAppGetsNoPolicyOfItsOwnSoOnlyItsTeamReachesIt() {
        InstallRequest request = lightstreamer("inner", 10);
        request.setAccess(Access.PRIVATE);
        installations.install(member.userId(), "lightstreamer", request);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes
                                .apps()
                                .deployments()
                                .inNamespace(member.team().namespace())
                                .withName("inner")
                                .get()
                        != null);
        assertThat(policy("allow-public-inner")).isNull();
        assertThat(policy(DesiredTeamObjects.DEFAULT_DENY)).isNotNull();
        assertThat(policy(DesiredTeamObjects.SAME_NAMESPACE)).isNotNull();
    }

    private NetworkPolicy awaitPolicy(String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> policy(name) != null);
        return policy(name);
    }

    private NetworkPolicy policy(String name) {
        return kubernetes
                .network()
                .v1()
                .networkPolicies()
                .inNamespace(member.team().namespace())
                .withName(name)
                .get();
    }

    private static NetworkPolicyIngressRule onlyRule(NetworkPolicy policy) {
        assertThat(policy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(policy.getSpec().getIngress()).hasSize(1);
        return policy.getSpec().getIngress().getFirst();
    }
}
