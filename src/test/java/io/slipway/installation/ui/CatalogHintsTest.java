package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.DesiredApps;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a catalog entry knows helps under Advanced: a warning for a relative command, suggested env vars. */
class CatalogHintsTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    DesiredApps desiredApps;

    @Test
    void warnsThatLightstreamersRelativeCommandNeedsItsOwnWorkingDirectory() {
        open("lightstreamer");

        assertThat(workingDirField().getHelperText())
                .isEqualTo("Careful: Lightstreamer starts with the relative command ./LS.sh run, found from the"
                        + " image's own working directory; in another one it may not start. Leave this empty"
                        + " unless you know it works.");
        assertThat(workingDirField().hasClassName(AdvancedSettings.WARNING)).isFalse();
    }

    @Test
    void warnsButDoesNotRefuseAWorkingDirectoryForARelativeCommand() {
        Member member = open("lightstreamer");

        _setValue(workingDirField(), "/opt/elsewhere");

        assertThat(workingDirField().hasClassName(AdvancedSettings.WARNING)).isTrue();
        assertThat(workingDirField().isInvalid()).isFalse();
        assertThat(workingDirField().getHelperText()).contains("./LS.sh run");
        assertThat(installButton().isEnabled()).isTrue();
        _click(installButton());
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        var app = installations.appsOf(member.userId()).getFirst();
        assertThat(desiredApps.find(app.id()).orElseThrow().workingDir()).isEqualTo("/opt/elsewhere");
    }

    @Test
    void givesNoWarningForAnImageWithAnAbsoluteCommand() {
        open("nginx");

        _setValue(workingDirField(), "/srv");

        assertThat(workingDirField().getHelperText())
                .isEqualTo("An absolute path; leave empty to keep the image's own");
        assertThat(workingDirField().hasClassName(AdvancedSettings.WARNING)).isFalse();
    }

    @Test
    void listsTheEntrysSuggestedVariablesWithWhatTheyDo() {
        open("postgres");

        Div hints = _get(Div.class, spec -> spec.withClasses("slipway-env-hints"));
        assertThat(hints.getElement().getTextRecursively())
                .contains("Suggested by this app:")
                .contains("POSTGRES_PASSWORD")
                .contains("Password of the superuser. Required.")
                .contains("POSTGRES_USER")
                .contains("Name of the superuser (default postgres).")
                .contains("POSTGRES_DB");

        _click(_get(hints, Button.class, spec -> spec.withText("POSTGRES_USER")));

        assertThat(_get(TextField.class, spec -> spec.withPlaceholder("KEY")).getValue())
                .isEqualTo("POSTGRES_USER");
        assertThat(_get(PasswordField.class, spec -> spec.withPlaceholder("value"))
                        .getValue())
                .isEqualTo("postgres");
    }

    @Test
    void suggestsNoVariablesWhenTheEntryHasNone() {
        open("lightstreamer");

        assertThat(_find(Div.class, spec -> spec.withClasses("slipway-env-hints")))
                .isEmpty();
    }

    /** Opens the install form of a catalog entry, with Advanced revealed. */
    private Member open(String entryId) {
        Member member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        login(member);
        navigate("install/" + entryId);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Settings")), AdvancedSettings.ADVANCED);
        return member;
    }

    private static TextField workingDirField() {
        return _get(TextField.class, spec -> spec.withLabel("Working directory"));
    }

    private static Button installButton() {
        return _get(Button.class, spec -> spec.withText("Install"));
    }
}
