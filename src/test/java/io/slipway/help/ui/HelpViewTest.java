package io.slipway.help.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import io.slipway.KaribuTest;
import io.slipway.help.Faq;
import org.junit.jupiter.api.Test;

class HelpViewTest extends KaribuTest {

    @Test
    void opensForAnonymousUsers() {
        navigate("help");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HelpView.class);
    }

    @Test
    void answersTheQuestionsAboutTheImageOwnImagesAndPersistence() {
        navigate("help");

        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains(
                        "Which image does Slipway run for Lightstreamer?",
                        "Can I deploy my own image?",
                        "Does my app's data persist?");
        assertThat(answer(Faq.IMAGE)).contains("lightstreamer", "latest", "7.4", "7.3", "8080");
        assertThat(answer(Faq.OWN_IMAGE)).contains("Deploy your own image");
        assertThat(answer(Faq.PERSISTENCE)).contains("Free plan", "Premium");
    }

    @Test
    void linksToTheConfiguredSlackCommunityAndYouTubeTutorial() {
        navigate("help");

        assertThat(_get(Anchor.class, spec -> spec.withText("Slack community")).getHref())
                .isEqualTo("https://slack.example.test/slipway");
        assertThat(_get(Anchor.class, spec -> spec.withText("YouTube tutorial")).getHref())
                .isEqualTo("https://youtube.example.test/@slipway");
    }

    private static String answer(Faq faq) {
        return _get(Section.class, spec -> spec.withId(faq.anchor()))
                .getElement()
                .getTextRecursively();
    }
}
