package io.slipway.installation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.slipway.Fixtures.lightstreamer;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.installation.InstallationService;
import io.slipway.plan.Allocation;
import io.slipway.team.Allocations;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@SlipwayTest
class MyAppsAllocationUsageTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    InstallationService installations;

    @Autowired
    Allocations allocations;

    @AfterEach
    void closeUi() {
        KaribuSession.close();
    }

    @Test
    void showsABarPerAppAndWhatIsFreeOfTheMembersAllocation() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("streams", 25));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("cache", 10));

        MyAppsView view = open(bob);

        assertThat(heading(view)).isEqualTo("Your allocation: 2 cores CPU · 4096 MiB · 20 GiB storage");
        assertThat(_find(view.usage, ProgressBar.class))
                .extracting(ProgressBar::getValue)
                .containsExactly(10.0, 25.0, 65.0);
        assertThat(figures(view))
                .containsExactly(
                        "10 % · 200 m CPU · 409 MiB", "25 % · 500 m CPU · 1024 MiB", "65 % · 1300 m CPU · 2662 MiB");
    }

    @Test
    void followsAnAllocationChangeByTheTeamAdmin() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member bob = fixtures.newMember(admin.team(), new Allocation(2000, 4096, 20));
        installations.install(bob.userId(), "lightstreamer", lightstreamer("streams", 50));
        MyAppsView view = open(bob);

        allocations.allocate(admin.userId(), bob.userId(), new Allocation(1000, 2048, 0));
        view.refresh();

        assertThat(heading(view)).isEqualTo("Your allocation: 1 core CPU · 2048 MiB · 0 GiB storage");
        assertThat(figures(view)).containsExactly("50 % · 500 m CPU · 1024 MiB", "50 % · 500 m CPU · 1024 MiB");
    }

    @Test
    void tellsAMemberWithoutAllocationWhomToAsk() {
        Member admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member newcomer = fixtures.newMember(admin.team(), Allocation.NONE);

        MyAppsView view = open(newcomer);

        assertThat(heading(view)).startsWith("You have no allocation yet; ask your team admin");
        assertThat(_find(view.usage, ProgressBar.class)).isEmpty();
    }

    private MyAppsView open(Member member) {
        KaribuSession.logIn(context, member.username());
        UI.getCurrent().navigate("apps");
        return _get(MyAppsView.class);
    }

    private static String heading(MyAppsView view) {
        return _get(view.usage, Span.class, spec -> spec.withClasses("slipway-allocation-heading"))
                .getText();
    }

    private static List<String> figures(MyAppsView view) {
        return _find(view.usage, Span.class, spec -> spec.withClasses("slipway-usage-figures")).stream()
                .map(Span::getText)
                .toList();
    }
}
