package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuTest;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallationService;
import io.slipway.installation.Persistence;
import io.slipway.installation.Settled;
import io.slipway.plan.Allocation;
import io.slipway.storage.Volumes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetainedVolumesViewTest extends KaribuTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    Volumes volumes;

    @Test
    void listsAVolumeKeptWhenItsAppWasDeleted() {
        Member member = premiumMember();
        deleteKeepingData(member, "shop", 3);

        open(member);

        RetainedVolumes retained = _get(RetainedVolumes.class);
        assertThat(_size(retained.grid)).isEqualTo(1);
        assertThat(_getFormatted(retained.grid, 0, RetainedVolumes.APP)).isEqualTo("shop");
        assertThat(_getFormatted(retained.grid, 0, "size")).isEqualTo("3 GiB");
        assertThat(_getFormatted(retained.grid, 0, "type")).isEqualTo("Standard");
        assertThat(_getFormatted(retained.grid, 0, "since")).endsWith("UTC");
    }

    @Test
    void deletesARetainedVolumeAfterAskingAndFreesItsStorage() {
        Member member = premiumMember();
        deleteKeepingData(member, "shop", 3);
        open(member);
        RetainedVolumes retained = _get(RetainedVolumes.class);

        _click((Button) _getCellComponent(retained.grid, 0, "actions"));
        assertThat(volumes.retainedOf(member.userId()))
                .as("not before confirming")
                .hasSize(1);
        _click(_get(DeleteVolumeDialog.class).delete);

        assertThat(volumes.retainedOf(member.userId())).isEmpty();
        assertThat(volumes.usedGib(member.userId())).isZero();
        assertThat(_find(RetainedVolumes.class)).as("hidden when none are left").isEmpty();
    }

    @Test
    void showsNoSectionWithoutRetainedVolumes() {
        open(premiumMember());

        assertThat(_find(RetainedVolumes.class)).isEmpty();
    }

    private void deleteKeepingData(Member member, String name, int gib) {
        InstallRequest request = lightstreamer(name, 10);
        request.setPersistence(Persistence.VOLUME);
        request.setVolumeType("Standard");
        request.setVolumeSizeGib(gib);
        request.setMountPath("/data");
        UUID app = installations.install(member.userId(), "lightstreamer", request);
        Settled.awaitRunning(installations, member.userId());
        installations.delete(member.userId(), app, false);
    }

    private Member premiumMember() {
        return fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
    }

    private void open(Member member) {
        login(member);
        navigate("apps");
    }
}
