package io.slipway.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.slipway.help.Faq;
import io.slipway.help.HelpProperties;

/** The public help page: answers to the common questions, and where to ask the rest. */
@Route("help")
@PageTitle("Help · Slipway")
@AnonymousAllowed
class HelpView extends VerticalLayout {

    HelpView(HelpProperties help) {
        addClassName("slipway-page");
        add(new H1("Help"));
        add(entry(
                Faq.IMAGE,
                "Slipway installs the Docker Official Image lightstreamer, maintained by Lightstreamer and reviewed "
                        + "by Docker. The version list offers tags that start on their own: latest (the 7.4 line), "
                        + "7.4 and 7.3. It runs as user 10000, serves its welcome page with live demo data on port "
                        + "8080, reports health at /lightstreamer/healthcheck and writes its logs to the console. "
                        + "Its configuration is XML under /lightstreamer/conf, not environment variables."));
        add(entry(
                Faq.OWN_IMAGE,
                "Yes: choose \"Deploy your own image\" in the catalog, enter an image reference such as "
                        + "ghcr.io/acme/shop:1.4 and, for a private registry, a user and token. Slipway stores the "
                        + "token as a pull secret and never shows it again. The same install form follows, with "
                        + "the port and protocol your image uses."));
        add(entry(
                Faq.PERSISTENCE,
                "On the Free plan, no: an app's files live only as long as its container, and are gone when it "
                        + "restarts. Premium teams can give an app a persistent volume of a type they choose; its "
                        + "data survives restarts, and when you delete the app you decide whether to keep it."));
        add(entry(
                Faq.ALLOCATION,
                "Your team admin gives you an allocation out of the team's pool. Each app takes a whole "
                        + "percentage of your own allocation: 10 % of 2000 m CPU and 4096 MiB is 200 m and 409 MiB. "
                        + "Your apps together never take more than 100 %, and stopped apps keep their share."));
        add(createCommunity(help));
    }

    private static Section entry(Faq faq, String answer) {
        Section section = new Section(new H2(faq.question()), new Paragraph(answer));
        section.setId(faq.anchor());
        section.addClassName("slipway-faq-entry");
        return section;
    }

    private static Component createCommunity(HelpProperties help) {
        Anchor slack = new Anchor(help.slackUrl(), "Slack community", AnchorTarget.BLANK);
        Anchor youtube = new Anchor(help.youtubeUrl(), "YouTube tutorial", AnchorTarget.BLANK);
        Paragraph links =
                new Paragraph(new Text("Ask in the "), slack, new Text(" or watch the "), youtube, new Text("."));
        Section section = new Section(new H2("Still stuck?"), links);
        section.addClassName("slipway-faq-entry");
        return section;
    }
}
