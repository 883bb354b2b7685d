package io.slipway.security;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.slipway.base.ui.ViewAccessRule;
import io.slipway.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
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
