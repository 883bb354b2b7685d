package io.slipway.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.router.RouterLink;
import io.slipway.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainLayoutTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "install/lightstreamer", "apps", "help"})
    void showsTheHelpMenuAndTheSimulatedClusterBadgeOnEveryPage(String location) {
        login("alice");

        navigate(location);

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(location);
        assertHelpMenuAndBadge();
    }

    @Test
    void showsTheHeaderToAnonymousUsersOnTheHelpPage() {
        navigate("help");

        assertHelpMenuAndBadge();
        assertThat(_get(Anchor.class, spec -> spec.withText("Log in")).getHref())
                .isEqualTo("login");
    }

    @Test
    void opensTheFaqFromTheHelpMenu() {
        login("alice");
        navigate("");

        ContextMenuKt._clickItemWithCaption(helpMenu(), "FAQ");

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("help");
    }

    @ParameterizedTest
    @CsvSource({
        "Slack community, https://slack.example.test/slipway",
        "YouTube tutorial, https://youtube.example.test/@slipway"
    })
    void opensTheConfiguredCommunityLinksFromTheHelpMenu(String item, String url) {
        login("alice");
        navigate("");

        ContextMenuKt._clickItemWithCaption(helpMenu(), item);

        // Read before the next lookup: karibu's client round trip consumes pending JavaScript
        var invocations = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(invocations)
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains(url, "_blank"));
    }

    @Test
    void listsMyAppsAndTeamOnlyForUsersInATeamButStillOpensThemForOthers() {
        login("alice");
        navigate("");
        assertThat(menu()).containsExactly("Catalog", "My Apps", "Team", "Billing", "Audit log");

        login("admin");
        navigate("");
        assertThat(menu()).containsExactly("Catalog", "Plans", "Catalog entries");

        navigate("apps");
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("apps");
        _get(Paragraph.class, spec -> spec.withText("You are not a member of a team, so you have no apps."));
    }

    private static List<String> menu() {
        return _find(RouterLink.class).stream()
                .filter(link -> link.getParent().orElse(null) instanceof Nav nav && nav.hasClassName("slipway-nav"))
                .map(RouterLink::getText)
                .toList();
    }

    private static void assertHelpMenuAndBadge() {
        MenuItem help = helpMenu().getItems().getFirst();
        assertThat(help.getText()).isEqualTo("Help");
        assertThat(help.getSubMenu().getItems())
                .extracting(MenuItem::getText)
                .containsExactly("FAQ", "Slack community", "YouTube tutorial");
        assertThat(_get(Span.class, spec -> spec.withClasses("slipway-cluster-badge"))
                        .getText())
                .isEqualTo("Simulated cluster");
    }

    private static MenuBar helpMenu() {
        return _get(MenuBar.class, spec -> spec.withClasses("slipway-help-menu"));
    }
}
