package io.slipway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's only authentication: user name and password against the stored hash, behind {@link
 * LoginThrottle}. A throttled attempt is refused before the password is looked at, with the same answer as a wrong
 * password; an unknown user name gets that answer too (and costs a hash comparison all the same). Every failure is
 * published as {@link LoginFailed}, without the password.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);
    static final String WRONG = "Wrong user name or password";

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ThrottledAuthentication(
            DaoAuthenticationProvider passwords,
            LoginThrottle throttle,
            UserAccountRepository accounts,
            ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = cut(attempt.getName());
        String client = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, client);
        if (!wait.isZero()) {
            throttle.refused(client);
            log.warn(
                    "Refused a login as {} from {} without checking the password: {} s to wait after repeated"
                            + " failures",
                    username,
                    client,
                    Math.ceilDiv(wait.toMillis(), 1000));
            failed(username, client, true);
            throw new BadCredentialsException(WRONG);
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, client);
            log.info("Failed login as {} from {}", username, client);
            failed(username, client, false);
            throw new BadCredentialsException(WRONG);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void failed(String username, String client, boolean throttled) {
        UUID accountId =
                accounts.findByUsername(username).map(UserAccount::getId).orElse(null);
        events.publishEvent(new LoginFailed(username, accountId, client, throttled, clock.instant()));
    }

    private static String cut(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > UsernamePolicy.MAX_LENGTH ? name.substring(0, UsernamePolicy.MAX_LENGTH) : name;
    }
}
