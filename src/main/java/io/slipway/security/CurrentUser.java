package io.slipway.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user on whose behalf the current request runs. */
@Component
public class CurrentUser {

    public Optional<SlipwayUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SlipwayUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SlipwayUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    public UUID id() {
        return require().id();
    }
}
