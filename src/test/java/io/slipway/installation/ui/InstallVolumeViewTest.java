package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.installation.Settled;
import io.slipway.plan.Allocation;
import io.slipway.storage.VolumeSummary;
import io.slipway.storage.Volumes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class InstallVolumeViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Test
    void offersAPremiumMemberTheVolumeTypesWhatIsLeftAndTheEntrysDataPath() {
        open(premiumMember(), "postgres");

        choosePersistentVolume();

        assertThat(ComboBoxKt.getSuggestions(type())).containsExactly("Fast SSD", "Standard");
        assertThat(type().getValue()).isEqualTo("Fast SSD");
        assertThat(size().getValue()).isEqualTo(1);
        assertThat(size().getHelperText()).isEqualTo("40 GiB of your storage allocation left");
        assertThat(mountPath().getValue()).isEqualTo("/var/lib/postgresql/data");
        assertThat(installButton().isEnabled()).isTrue();
    }

    @Test
    void showsNoVolumeFieldsUntilAPersistentVolumeIsChosen() {
        open(premiumMember(), "lightstreamer");

        assertThat(_find(Select.class, spec -> spec.withLabel("Volume type"))).isEmpty();
        choosePersistentVolume();
        assertThat(_find(Select.class, spec -> spec.withLabel("Volume")))
                .as("no retained volumes to offer")
                .isEmpty();
    }

    @Test
    void installsWithANewVolume() {
        Member member = open(premiumMember(), "lightstreamer");
        choosePersistentVolume();
        _setValue(type(), "Standard");
        _setValue(size(), 5);
        _setValue(mountPath(), "/lightstreamer/data");

        _click(installButton());

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        var app = installations.appsOf(member.userId()).getFirst();
        assertThat(app.persistence()).isEqualTo(Persistence.VOLUME);
        assertThat(app.volume().describe()).isEqualTo("5 GiB Standard");
        assertThat(app.mountPath()).isEqualTo("/lightstreamer/data");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "data | Use an absolute path, starting with /",
                "/    | Not / itself",
                "/proc/x | /proc, /sys and /dev belong to the system"
            })
    void refusesABadMountPathAtTheField(String path, String message) {
        Member member = open(premiumMember(), "lightstreamer");
        choosePersistentVolume();

        _setValue(mountPath(), path);

        assertRefusedAt(member, mountPath(), message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0 | A volume has at least 1 GiB", "41 | Only 40 GiB of your storage allocation is left"})
    void refusesABadSizeAtTheField(int gib, String message) {
        Member member = open(premiumMember(), "lightstreamer");
        choosePersistentVolume();

        _setValue(size(), gib);

        assertRefusedAt(member, size(), message);
    }

    @Test
    void refusesAnUnknownVolumeTypeAtTheField() {
        Member member = open(premiumMember(), "lightstreamer");
        choosePersistentVolume();

        type().setValue("Gold");

        assertRefusedAt(member, type(), "Choose one of the volume types your plan offers: Fast SSD, Standard");
    }

    @Test
    void offersARetainedVolumeAndMountsItInTheNewApp() {
        Member member = premiumMember();
        InstallRequest first = io.slipway.Fixtures.lightstreamer("shop", 10);
        first.setPersistence(Persistence.VOLUME);
        first.setVolumeType("Standard");
        first.setVolumeSizeGib(3);
        first.setMountPath("/data");
        UUID shop = installations.install(member.userId(), "lightstreamer", first);
        Settled.awaitRunning(installations, member.userId());
        installations.delete(member.userId(), shop, false);
        open(member, "lightstreamer");
        choosePersistentVolume();

        @SuppressWarnings("unchecked")
        Select<VolumeSummary> retained = _get(Select.class, spec -> spec.withLabel("Volume"));
        VolumeSummary kept = volumes.retainedOf(member.userId()).getFirst();
        assertThat(retained.getItemLabelGenerator().apply(kept)).startsWith("Retained from shop: 3 GiB Standard");
        _setValue(retained, kept);

        assertThat(_find(Select.class, spec -> spec.withLabel("Volume type"))).isEmpty();
        assertThat(_find(IntegerField.class, spec -> spec.withLabel("Size (GiB)")))
                .isEmpty();
        _click(installButton());
        assertThat(installations.appsOf(member.userId()).getFirst().volume().claimName())
                .isEqualTo("shop-data");
        assertThat(volumes.retainedOf(member.userId())).isEmpty();
    }

    @Test
    void keepsAFreeMemberAwayFromVolumes() {
        open(fixtures.newAdmin("Free", new Allocation(1000, 2048, 0)), "lightstreamer");

        assertThat(_find(Select.class, spec -> spec.withLabel("Volume type"))).isEmpty();
        assertThat(_find(RadioButtonGroup.class, spec -> spec.withLabel("Persistence")))
                .isEmpty();
    }

    private Member premiumMember() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    private Member open(Member member, String entry) {
        login(member);
        navigate("install/" + entry);
        return member;
    }

    private void assertRefusedAt(Member member, HasValidation field, String message) {
        assertThat(field.isInvalid()).as("field marked invalid").isTrue();
        assertThat(field.getErrorMessage()).startsWith(message);
        assertThat(installButton().isEnabled()).as("Install enabled").isFalse();
        assertThat(installations.appsOf(member.userId())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void choosePersistentVolume() {
        RadioButtonGroup<Persistence> persistence = _get(RadioButtonGroup.class, spec -> spec.withLabel("Persistence"));
        _setValue(persistence, Persistence.VOLUME);
    }

    @SuppressWarnings("unchecked")
    private static Select<String> type() {
        return _get(Select.class, spec -> spec.withLabel("Volume type"));
    }

    private static IntegerField size() {
        return _get(IntegerField.class, spec -> spec.withLabel("Size (GiB)"));
    }

    private static TextField mountPath() {
        return _get(TextField.class, spec -> spec.withLabel("Mount path"));
    }

    private static Button installButton() {
        return _get(Button.class, spec -> spec.withText("Install"));
    }
}
