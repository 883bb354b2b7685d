package io.slipway.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.slipway.base.ui.HeaderItem;
import io.slipway.help.HelpProperties;
import java.util.Optional;

/** The header's Help menu: the FAQ, the Slack community and the YouTube tutorial. */
@org.springframework.stereotype.Component
class HelpMenu implements HeaderItem {

    private final HelpProperties help;

    HelpMenu(HelpProperties help) {
        this.help = help;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Component> create() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("slipway-help-menu");
        var root = menu.addItem("Help");
        root.getSubMenu().addItem("FAQ", click -> UI.getCurrent().navigate("help"));
        root.getSubMenu().addItem("Slack community", click -> open(help.slackUrl()));
        root.getSubMenu().addItem("YouTube tutorial", click -> open(help.youtubeUrl()));
        return Optional.of(menu);
    }

    private static void open(String url) {
        UI.getCurrent().getPage().open(url, "_blank");
    }
}
