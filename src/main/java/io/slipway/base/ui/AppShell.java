package io.slipway.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Loads Lumo and Slipway's own stylesheet as plain CSS, so no frontend build is ever needed. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/slipway.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Slipway");
        settings.addFavIcon("icon", "images/slipway.svg", "32x32");
    }
}
