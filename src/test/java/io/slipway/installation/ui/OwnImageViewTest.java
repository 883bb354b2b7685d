package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.AppSummary;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** "Deploy your own image" in the browser: the reference and credentials at the top of the same install form. */
class OwnImageViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    KubernetesClient kubernetes;

    @Test
    void asksForTheImageFirstAndLeavesThePortToTheUser() {
        open(premiumMember());

        assertThat(_get(H1.class).getText()).isEqualTo("Deploy your own image");
        assertThat(imageField().getValue()).isEmpty();
        assertThat(portField().getValue()).isEmpty();
        assertThat(_find(Select.class, spec -> spec.withLabel("Version")))
                .as("no version to pick: it is part of the reference")
                .isEmpty();
        assertThat(installButton().isEnabled()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("badReferences")
    void refusesABadReferenceAtTheField(String reference, String message) {
        Member member = open(premiumMember());
        _setValue(portField(), "8080");

        _setValue(imageField(), reference);

        assertRefusedAt(member, imageField(), message);
    }

    static Stream<Arguments> badReferences() {
        return Stream.of(
                Arguments.of("UPPER/case", "Use lowercase letters in the image's name: upper/case"),
                Arguments.of("nginx;rm -rf /", "Use only letters, digits and . _ - / : @ in an image reference"),
                Arguments.of("--privileged", "An image reference cannot start with '-'"),
                Arguments.of("a".repeat(300), "The image's name has at most 255 characters (this one has 300)"),
                Arguments.of("nginx:" + "t".repeat(129), "A tag has at most 128 characters (this one has 129)"),
                Arguments.of("nginx@sha256:abc", "A digest is sha256: followed by 64 lowercase hexadecimal digits"));
    }

    @Test
    void asksForTheTokenOfARegistryUserAndTheUserOfAToken() {
        Member member = open(premiumMember());
        _setValue(imageField(), "ghcr.io/acme/shop:1.4");
        _setValue(portField(), "8080");

        _setValue(userField(), "robot");
        assertRefusedAt(member, tokenField(), "Enter the token or password for this user");

        _setValue(userField(), "");
        _setValue(tokenField(), "ghp_s3cr3t");
        assertRefusedAt(member, userField(), "Enter the registry user that the token belongs to");
    }

    @Test
    void refusesAnEmptyPortAtTheField() {
        Member member = open(premiumMember());
        _setValue(imageField(), "nginx");
        _setValue(portField(), "8080");

        _setValue(portField(), "");

        assertRefusedAt(member, portField(), "Enter the port");
    }

    @Test
    void installsAPrivateImageAndNeverShowsTheTokenAgain() {
        Member member = open(premiumMember());
        _setValue(imageField(), "registry.example.com:5000/team/shop:2.1");
        _setValue(userField(), "robot");
        _setValue(tokenField(), "ghp_s3cr3t");
        _setValue(portField(), "8080");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Application name")), "shop");

        _click(installButton());

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        AppSummary app = installations.appsOf(member.userId()).getFirst();
        assertThat(app.imageWithTag()).isEqualTo("registry.example.com:5000/team/shop:2.1");
        assertThat(app.port()).isEqualTo(8080);

        navigate("apps/" + app.id() + "/edit");
        assertThat(_find(PasswordField.class, spec -> spec.withLabel("Registry token")))
                .isEmpty();
        assertThat(_find(TextField.class).stream().map(TextField::getValue)).doesNotContain("ghp_s3cr3t");
    }

    private Member premiumMember() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    private Member open(Member member) {
        login(member);
        navigate("install/custom");
        return member;
    }

    /** Refused at the field, Install disabled, and neither a row nor a Kubernetes object for the app. */
    private void assertRefusedAt(Member member, HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(installButton().isEnabled()).as("Install enabled").isFalse();
        assertThat(installations.appsOf(member.userId())).isEmpty();
        String namespace = member.team().namespace();
        // The team's namespace is made at once; an app's objects would follow an accepted install as quickly
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kubernetes.namespaces().withName(namespace).get() != null);
        assertThat(kubernetes.apps().deployments().inNamespace(namespace).list().getItems())
                .isEmpty();
        assertThat(kubernetes.secrets().inNamespace(namespace).list().getItems())
                .isEmpty();
    }

    private static TextField imageField() {
        return _get(TextField.class, spec -> spec.withLabel("Image reference"));
    }

    private static TextField userField() {
        return _get(TextField.class, spec -> spec.withLabel("Registry user"));
    }

    private static PasswordField tokenField() {
        return _get(PasswordField.class, spec -> spec.withLabel("Registry token"));
    }

    private static TextField portField() {
        return _get(TextField.class, spec -> spec.withLabel("Port"));
    }

    private static Button installButton() {
        return _get(Button.class, spec -> spec.withText("Install"));
    }
}
