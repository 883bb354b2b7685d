package io.slipway.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.slipway.security.Accounts;
import io.slipway.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Sends users who still have a one-time password to {@link ChangePasswordView}, whatever page they open. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final Accounts accounts;

    PasswordChangeGuard(CurrentUser currentUser, Accounts accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == ChangePasswordView.class) {
            return;
        }
        currentUser
                .get()
                .filter(user -> accounts.mustChangePassword(user.id()))
                .ifPresent(user -> event.rerouteTo(ChangePasswordView.class));
    }
}
