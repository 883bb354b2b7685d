package io.slipway.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.slipway.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogViewTest extends KaribuTest {

    @BeforeEach
    void openCatalog() {
        login("alice");
        navigate("");
    }

    @Test
    void showsLightstreamerAndAtLeastTwelveOtherApps() {
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(CatalogView.class);
        assertThat(entries()).contains("lightstreamer").hasSizeGreaterThanOrEqualTo(13);
        assertThat(entries()).contains("nginx", "redis", "postgres", "mysql", "wordpress", "grafana", "jenkins");
    }

    @Test
    void narrowsTheCardsAsTheUserTypes() {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search apps")), "light");

        assertThat(entries()).containsExactly("lightstreamer");
    }

    @Test
    void saysSoWhenNothingMatches() {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search apps")), "no-such-app-anywhere");

        assertThat(entries()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withText("No app matches. Try another word or category.")))
                .isNotNull();
    }

    @Test
    void filtersByCategory() {
        _setValue(_get(ComboBox.class, spec -> spec.withPlaceholder("All categories")), "Databases");

        assertThat(entries()).contains("postgres", "mysql", "redis").doesNotContain("lightstreamer", "nginx");
        assertThat(cards()).allSatisfy(card -> assertThat(category(card)).isEqualTo("Databases"));
    }

    @Test
    void opensTheInstallFormOfTheChosenApp() {
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Install Lightstreamer")));

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("install/lightstreamer");
        assertThat(_get(H1.class).getText()).isEqualTo("Install Lightstreamer");
    }

    @Test
    void offersToDeployAnOwnImageWhateverTheFilter() {
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search apps")), "no-such-app-anywhere");

        _click(_get(Button.class, spec -> spec.withText("Deploy your own image")));

        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("install/custom");
        assertThat(_get(H1.class).getText()).isEqualTo("Deploy your own image");
    }

    private static String category(Div card) {
        return _get(card, Span.class, spec -> spec.withClasses("slipway-card-category"))
                .getText();
    }

    /** The catalog entries' cards, without "Deploy your own image", which is always there. */
    private static List<Div> cards() {
        return _find(Div.class, spec -> spec.withClasses("slipway-card")).stream()
                .filter(card -> !card.hasClassName("slipway-card-own-image"))
                .toList();
    }

    private static List<String> entries() {
        return cards().stream()
                .map(card -> card.getElement().getAttribute("data-entry"))
                .toList();
    }
}
