package io.slipway.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.slipway.base.ui.HeaderItem;
import io.slipway.security.CurrentUser;
import java.util.Optional;

/** The header's right end: the logged-in user with a Log out item, or a Log in link. */
@org.springframework.stereotype.Component
class UserMenu implements HeaderItem {

    private final CurrentUser currentUser;
    private final AuthenticationContext authenticationContext;

    UserMenu(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        return Optional.of(currentUser
                .get()
                .<com.vaadin.flow.component.Component>map(user -> {
                    MenuBar menu = new MenuBar();
                    menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
                    menu.addClassName("slipway-user-menu");
                    var item = menu.addItem("👤 " + user.getUsername());
                    item.getSubMenu()
                            .addItem(
                                    "Change password",
                                    click -> menu.getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
                    item.getSubMenu().addItem("Log out", click -> authenticationContext.logout());
                    return menu;
                })
                .orElseGet(() -> new Anchor("login", "Log in")));
    }
}
