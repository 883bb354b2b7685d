package io.slipway.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: a Spring Security user that also knows its account id. */
public class SlipwayUser extends User {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private final UUID id;

    SlipwayUser(UserAccount account) {
        super(
                account.getUsername(),
                account.getPasswordHash(),
                account.isPlatformAdmin()
                        ? List.of(
                                new SimpleGrantedAuthority("ROLE_USER"),
                                new SimpleGrantedAuthority("ROLE_" + PLATFORM_ADMIN))
                        : List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.id = account.getId();
    }

    public UUID id() {
        return id;
    }
}
