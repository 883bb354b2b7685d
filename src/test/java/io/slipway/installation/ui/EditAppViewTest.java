package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.EnvVar;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EditAppViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    AppDirectory directory;

    @Test
    void opensTheFormPrefilledWithTheNameFixedAndEnvValuesHidden() {
        Member admin = premiumAdmin();
        UUID id = install(admin, "tuned");
        login(admin);

        navigate("apps/" + id + "/edit");

        TextField name = _get(TextField.class, spec -> spec.withLabel("Application name"));
        assertThat(name.getValue()).isEqualTo("tuned");
        assertThat(name.isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withPlaceholder("KEY")).getValue())
                .isEqualTo("TOKEN");
        PasswordField value = _get(PasswordField.class);
        assertThat(value.getValue()).isEmpty();
        assertThat(value.getPlaceholder()).contains("hidden");
        assertThat(_get(Button.class, spec -> spec.withText("Save and restart")).isEnabled())
                .isTrue();
    }

    @Test
    void saysWhatIsWrongAtTheFieldAndSavesNothing() {
        Member admin = premiumAdmin();
        UUID id = install(admin, "strict");
        login(admin);
        navigate("apps/" + id + "/edit");

        TextField port = _get(TextField.class, spec -> spec.withLabel("Port"));
        _setValue(port, "70000");

        assertThat(port.isInvalid()).isTrue();
        assertThat(port.getErrorMessage()).isEqualTo("A port is a whole number from 1 to 65535");
        assertThat(_get(Button.class, spec -> spec.withText("Save and restart")).isEnabled())
                .isFalse();
        assertThat(directory.find(admin.userId(), id).port()).isEqualTo(8080);
    }

    @Test
    void savesAChangeAndShowsTheAppsPage() {
        Member admin = premiumAdmin();
        UUID id = install(admin, "moved");
        login(admin);
        navigate("apps/" + id + "/edit");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Port")), "9090");
        _click(_get(Button.class, spec -> spec.withText("Save and restart")));

        assertThat(directory.find(admin.userId(), id).port()).isEqualTo(9090);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps/" + id);
    }

    @Test
    void movesAnOwnImageToAnotherVersionTypedInAndRefusesABadOne() {
        Member admin = premiumAdmin();
        UUID id = installations.installOwnImage(
                admin.userId(), Fixtures.ownImage("shop", "registry.example.com/acme/shop:1.4"));
        login(admin);
        navigate("apps/" + id + "/edit");
        TextField version = _get(TextField.class, spec -> spec.withLabel("Version"));
        assertThat(version.getValue()).isEqualTo("1.4");
        assertThat(version.getHelperText()).endsWith("of registry.example.com/acme/shop");

        _setValue(version, "1.5;rm -rf /");
        assertThat(version.isInvalid()).isTrue();
        assertThat(version.getErrorMessage()).startsWith("A tag uses letters, digits");
        assertThat(_get(Button.class, spec -> spec.withText("Save and restart")).isEnabled())
                .isFalse();

        _setValue(version, "1.5");
        _click(_get(Button.class, spec -> spec.withText("Save and restart")));

        assertThat(directory.find(admin.userId(), id).imageWithTag()).isEqualTo("registry.example.com/acme/shop:1.5");
    }

    @Test
    void showsTheServersRefusalOfAShareAndFollowsItWithTheFigures() {
        Member admin = premiumAdmin();
        UUID id = install(admin, "grown");
        login(admin);
        navigate("apps/" + id + "/edit");
        // Another tab takes most of the allocation after this form opened: 15 % remain for this app
        installations.install(admin.userId(), "lightstreamer", lightstreamer("elsewhere", 85));
        IntegerSlider slider = _get(IntegerSlider.class);

        _setValue(slider, 50);
        _click(_get(Button.class, spec -> spec.withText("Save and restart")));

        assertThat(slider.isInvalid()).isTrue();
        assertThat(slider.getErrorMessage()).contains("15 %");
        assertThat(_get(Span.class, spec -> spec.withClasses("slipway-share-summary"))
                        .getText())
                .contains("Left after this app: 0 %");
        _setValue(slider, 15);
        assertThat(slider.isInvalid()).isFalse();
        assertThat(directory.find(admin.userId(), id).percent()).isEqualTo(10);
    }

    @Test
    void refusesAMemberAColleaguesAppAndAnyoneAnotherTeamsApp() {
        Member admin = premiumAdmin();
        Member bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        UUID id = install(admin, "guarded");
        Member stranger = premiumAdmin();

        login(bob);
        navigate("apps/" + id + "/edit");
        assertThat(_get(Paragraph.class).getText()).startsWith("Only the app's owner or a team admin");

        login(stranger);
        navigate("apps/" + id + "/edit");
        assertThat(_get(Paragraph.class).getText()).isEqualTo(AppView.NOT_FOUND);
    }

    private UUID install(Member member, String name) {
        InstallRequest request = lightstreamer(name, 10);
        request.setEnv(List.of(new EnvVar("TOKEN", "hidden-value")));
        return installations.install(member.userId(), "lightstreamer", request);
    }

    private Member premiumAdmin() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }
}
