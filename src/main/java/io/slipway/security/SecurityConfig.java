package io.slipway.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.slipway.base.ui.ViewAccessRule;
import io.slipway.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * The login form authenticates through {@link ThrottledAuthentication} alone: the manager has no parent, so no
     * other provider checks a password that the throttle refused.
     */
    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService users,
            UserAccountRepository accounts,
            LoginThrottle throttle,
            ApplicationEventPublisher events)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder());
        http.authenticationManager(
                new ProviderManager(new ThrottledAuthentication(passwords, throttle, accounts, events)));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/actuator/health", "/actuator/health/**", "/styles/**", "/images/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(SlipwayUser.PLATFORM_ADMIN));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * Vaadin's access control for views and the menu: each view's access annotation, plus the features'
     * {@link ViewAccessRule}s (such as "team admins only"), where any denial wins. The Vaadin security configurer
     * above turns it on.
     */
    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withAvailableNavigationAccessCheckers(ViewAccessRule.class::isInstance)
                .withDecisionResolver(new DenyWins())
                .disabled();
    }

    /** Delegating encoder: bcrypt today, and old hashes keep working if the default moves on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
