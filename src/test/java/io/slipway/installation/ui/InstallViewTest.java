package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.catalog.Protocol;
import io.slipway.installation.AppSummary;
import io.slipway.installation.DesiredApp;
import io.slipway.installation.DesiredApps;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class InstallViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    DesiredApps desiredApps;

    @Autowired
    Accounts accounts;

    @Test
    void showsTheFieldsInTheProductsOrder() {
        open(premiumMember());

        assertThat(visibleFieldLabels(_get(InstallForm.class)))
                .containsExactly(
                        "Application name",
                        "Version",
                        "Resource allocation",
                        "Protocol",
                        "Port",
                        "Settings",
                        "Access",
                        "Persistence",
                        "Install");
    }

    @Test
    void prefillsTheFormFromTheCatalogEntry() {
        open(premiumMember());

        assertThat(nameField().getValue()).isEqualTo("lightstreamer");
        assertThat(tag().getValue()).isEqualTo("latest");
        assertThat(ComboBoxKt.getSuggestions(tag()))
                .containsExactly("latest", "7.4", "7.3")
                .noneMatch(offered -> offered.contains("-base"));
        assertThat(slider().getValue()).isEqualTo(10);
        assertThat(protocol().getValue()).isEqualTo(Protocol.HTTP);
        assertThat(portField().getValue()).isEqualTo("8080");
        assertThat(installButton().isEnabled()).isTrue();
    }

    @Test
    void suggestsAFreeNameWhenTheTeamAlreadyUsesTheEntrysId() {
        Member member = premiumMember();
        installations.install(member.userId(), "lightstreamer", lightstreamer("lightstreamer", 10));

        open(member);

        assertThat(nameField().getValue()).isEqualTo("lightstreamer-2");
        assertThat(installButton().isEnabled()).isTrue();
    }

    @Test
    void showsTheShareInAbsoluteFiguresAndFollowsTheSlider() {
        open(premiumMember());

        assertThat(shareSummary()).contains("400 m CPU · 819 MiB").contains("Left after this app: 90 %");

        _setValue(slider(), 20);

        assertThat(shareSummary()).contains("800 m CPU · 1638 MiB").contains("Left after this app: 80 %");
    }

    @Test
    void updatesTheFiguresWhileTheSliderMoves() {
        open(premiumMember());

        // karibu cannot drag a handle: check that the browser is told to send values while dragging, not on release
        assertThat(slider().getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);
    }

    @Test
    void revealsEnvironmentVariablesAndTheWorkingDirectoryUnderAdvanced() {
        open(premiumMember());
        assertThat(_find(EnvEditor.class)).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withLabel("Working directory")))
                .isEmpty();

        advanced();

        assertThat(_find(EnvEditor.class)).hasSize(1);
        assertThat(workingDirField().getHelperText()).contains("relative command");
        _click(_get(Button.class, spec -> spec.withText("Add variable")));
        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("KEY"))).hasSize(1);
    }

    @Test
    void turnsPastedLinesIntoVariableRows() {
        open(premiumMember());
        advanced();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Paste KEY=value lines")), "API_URL=https://x\nDEBUG=1");
        _click(_get(Button.class, spec -> spec.withText("Add pasted lines")));

        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("KEY")))
                .extracting(TextField::getValue)
                .containsExactly("API_URL", "DEBUG");
        assertThat(installButton().isEnabled()).isTrue();
    }

    @Test
    void saysWhichPastedLineIsMissingAnEqualsSign() {
        open(premiumMember());
        advanced();

        TextArea paste = _get(TextArea.class, spec -> spec.withLabel("Paste KEY=value lines"));
        _setValue(paste, "GOOD=1\nBROKEN");
        _click(_get(Button.class, spec -> spec.withText("Add pasted lines")));

        assertThat(paste.isInvalid()).isTrue();
        assertThat(paste.getErrorMessage()).isEqualTo("Line 2 has no '=': write it as KEY=value");
        assertThat(_find(TextField.class, spec -> spec.withPlaceholder("KEY"))).isEmpty();
    }

    @Test
    void installsWithoutTheAdvancedSettingsWhenTheUserGoesBackToDefault() {
        Member member = open(premiumMember());
        advanced();
        addVariable("API_TOKEN", "secret");
        _setValue(workingDirField(), "relative");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Settings")), "Install with default");

        assertThat(installButton().isEnabled()).isTrue();
        _click(installButton());
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        AppSummary app = installations.appsOf(member.userId()).getFirst();
        DesiredApp installed = desiredApps.find(app.id()).orElseThrow();
        assertThat(installed.env()).isEmpty();
        assertThat(installed.workingDir()).isNullOrEmpty();
    }

    @Test
    void tellsAFreeTeamMemberThatDataIsNotPersistent() {
        open(fixtures.newAdmin("Free", new Allocation(1000, 2048, 0)));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("slipway-persistence-note"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Not persistent: data is lost when the app restarts");
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Persistence")))
                .isEmpty();
    }

    @Test
    void offersAPremiumTeamMemberAnEphemeralChoice() {
        open(premiumMember());

        RadioButtonGroup<Persistence> persistence = _get(RadioButtonGroup.class, spec -> spec.withLabel("Persistence"));
        assertThat(RadioButtonsKt.getItemLabels(persistence)).contains("Ephemeral: data is lost when the app restarts");
        assertThat(persistence.getValue()).isEqualTo(Persistence.EPHEMERAL);
    }

    @ParameterizedTest
    @MethodSource("badNames")
    void refusesABadName(String name, String message) {
        Member member = open(premiumMember());

        _setValue(nameField(), name);

        assertRefusedAt(member, nameField(), message);
    }

    static Stream<Arguments> badNames() {
        return Stream.of(
                Arguments.of("", "Enter a name for the app"),
                Arguments.of("MyApp", "Use lowercase letters only: myapp"),
                Arguments.of("a".repeat(64), "Use at most 40 characters (this has 64)"),
                Arguments.of("-x", "Start and end the name with a letter or digit, not '-'"),
                Arguments.of("x-", "Start and end the name with a letter or digit, not '-'"));
    }

    @Test
    void refusesANameTheTeamAlreadyUses() {
        Member admin = premiumMember();
        Member colleague = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        installations.install(admin.userId(), "nginx", lightstreamer("shop", 10));
        open(colleague);

        _setValue(nameField(), "shop");

        assertRefusedAt(colleague, nameField(), "Your team already has an app of this name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "80a"})
    void refusesABadPort(String port) {
        Member member = open(premiumMember());

        _setValue(portField(), port);

        assertRefusedAt(member, portField(), "A port is a whole number from 1 to 65535");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ABC", "A=B"})
    void refusesABadVariableName(String key) {
        Member member = open(premiumMember());
        advanced();

        addVariable(key, "x");

        assertRefusedAt(member, _get(EnvEditor.class), "Row 1: " + key + " is not a valid name");
    }

    @Test
    void refusesAVariableSetTwice() {
        Member member = open(premiumMember());
        advanced();

        addVariable("KEY", "1");
        addVariable("KEY", "2");

        assertRefusedAt(member, _get(EnvEditor.class), "Row 2: KEY is already set in row 1");
    }

    @Test
    void refusesARelativeWorkingDirectory() {
        Member member = open(premiumMember());
        advanced();

        _setValue(workingDirField(), "relative");

        assertRefusedAt(member, workingDirField(), "Use an absolute path, starting with /");
    }

    @Test
    void showsTheServersRefusalAtTheField() {
        Member member = open(premiumMember());
        // Another tab takes most of the allocation after this form opened
        installations.install(member.userId(), "nginx", lightstreamer("elsewhere", 95));

        _click(installButton());

        assertThat(slider().isInvalid()).isTrue();
        assertThat(slider().getErrorMessage()).isEqualTo("Only 5 % of your allocation is left");
        // The figures under the slider follow: they no longer promise what the other tab took
        assertThat(shareSummary()).contains("Left after this app: 0 %");
        _setValue(slider(), 5);
        assertThat(slider().isInvalid()).isFalse();
        assertThat(shareSummary()).contains("Left after this app: 0 %");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("install/lightstreamer");
        assertThat(installations.appsOf(member.userId()))
                .extracting(AppSummary::name)
                .containsExactly("elsewhere");
    }

    @Test
    void showsAtTheFormThatThePlansAppsAreAllInUse() {
        Member member = open(fixtures.newAdmin("Free", new Allocation(1000, 2048, 0)));
        for (String name : List.of("one", "two", "three")) {
            installations.install(member.userId(), "nginx", lightstreamer(name, 10));
        }

        _click(installButton());

        assertThat(_get(Div.class, spec -> spec.withClasses("slipway-form-error"))
                        .getText())
                .startsWith("Your team's plan allows 3 apps and all are in use");
        assertThat(installations.appsOf(member.userId())).hasSize(3);
    }

    @Test
    void installsTheAppAndOpensMyApps() {
        Member member = open(premiumMember());

        _click(installButton());

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        NotificationsKt.expectNotifications("Installing lightstreamer…");
        assertThat(installations.appsOf(member.userId())).singleElement().satisfies(app -> {
            assertThat(app.name()).isEqualTo("lightstreamer");
            assertThat(app.imageWithTag()).isEqualTo("lightstreamer:latest");
            assertThat(app.percent()).isEqualTo(10);
        });
    }

    @Test
    void saysAnUnknownCatalogEntryIsNotFound() {
        login(premiumMember());

        navigate("install/no-such-app");

        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("There is no catalog entry \"no-such-app\".");
        assertThat(_find(InstallForm.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Install"))).isEmpty();
    }

    @Test
    void tellsAMemberWithoutAllocationThatTheyHaveNone() {
        Member admin = premiumMember();
        Member newcomer = open(fixtures.newMember(admin.team(), Allocation.NONE));

        assertThat(slider().isInvalid()).isTrue();
        assertThat(slider().getErrorMessage()).startsWith("You have no allocation yet");
        assertThat(installButton().isEnabled()).isFalse();
        assertThat(installations.appsOf(newcomer.userId())).isEmpty();
    }

    @Test
    void tellsAMemberWhoseAllocationIsUsedUpThatNothingIsLeft() {
        Member member = premiumMember();
        installations.install(member.userId(), "nginx", lightstreamer("everything", 100));

        open(member);

        assertThat(slider().isInvalid()).isTrue();
        assertThat(slider().getErrorMessage()).startsWith("Only 0 % of your allocation is left");
        assertThat(installButton().isEnabled()).isFalse();
    }

    @Test
    void tellsAUserWithoutTeamThatThereIsNowhereToInstall() {
        String username = "loner" + System.nanoTime();
        accounts.create(username, username, false);
        login(username);

        navigate("install/lightstreamer");

        assertThat(_get(Paragraph.class).getText())
                .isEqualTo("You are not a member of a team, so there is nowhere to install.");
        assertThat(_find(InstallForm.class)).isEmpty();
    }

    private Member premiumMember() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    private Member open(Member member) {
        login(member);
        navigate("install/lightstreamer");
        return member;
    }

    private void assertRefusedAt(Member member, HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(installButton().isEnabled()).as("Install enabled").isFalse();
        assertThat(installations.appsOf(member.userId())).isEmpty();
    }

    private static void advanced() {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel("Settings")), "Advanced");
    }

    private static void addVariable(String key, String value) {
        _click(_get(Button.class, spec -> spec.withText("Add variable")));
        List<TextField> keys = _find(TextField.class, spec -> spec.withPlaceholder("KEY"));
        _setValue(keys.getLast(), key);
        List<PasswordField> values = _find(PasswordField.class, spec -> spec.withPlaceholder("value"));
        _setValue(values.getLast(), value);
    }

    /** The labels of the visible fields and buttons, top to bottom. */
    private static List<String> visibleFieldLabels(Component root) {
        List<String> labels = new ArrayList<>();
        collectLabels(root, labels);
        return labels;
    }

    private static void collectLabels(Component component, List<String> labels) {
        if (!component.isVisible()) {
            return;
        }
        if (component instanceof HasValue<?, ?> && component instanceof HasLabel field && field.getLabel() != null) {
            labels.add(field.getLabel());
            return;
        }
        if (component instanceof Button button) {
            labels.add(button.getText());
            return;
        }
        component.getChildren().forEach(child -> collectLabels(child, labels));
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withLabel("Application name"));
    }

    private static TextField portField() {
        return _get(TextField.class, spec -> spec.withLabel("Port"));
    }

    private static TextField workingDirField() {
        return _get(TextField.class, spec -> spec.withLabel("Working directory"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> tag() {
        return _get(Select.class, spec -> spec.withLabel("Version"));
    }

    private static IntegerSlider slider() {
        return _get(IntegerSlider.class, spec -> spec.withLabel("Resource allocation"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Protocol> protocol() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Protocol"));
    }

    private static String shareSummary() {
        return _get(ShareSummary.class).getText();
    }

    private static Button installButton() {
        return _get(Button.class, spec -> spec.withText("Install"));
    }
}
