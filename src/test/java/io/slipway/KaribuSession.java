package io.slipway;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.ClassUtils;

/**
 * A mock Vaadin UI (karibu-testing) over the whole application, with Slipway's routes, for one user or anonymous.
 * karibu-testing 2.7.0 has no {@code MockSpringSecurity} yet, so the Spring {@link Authentication} goes where
 * Vaadin's access control and {@code CurrentUser} look for it: the security context, the HTTP session and the
 * mock request's principal and roles.
 */
public final class KaribuSession {

    private static final Routes ROUTES = discoverRoutes();

    private KaribuSession() {}

    /** Opens a UI as {@code username}, who must exist. */
    public static void logIn(ApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(authentication);
        SecurityContextHolder.setContext(security);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        setUp(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
    }

    /** Opens a UI for a visitor who has not logged in. */
    public static void anonymous(ApplicationContext context) {
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        setUp(context);
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Slipway's views and layout. Not {@code Routes.autoDiscoverViews}: its class scan skips non-public classes, and
     * our views are package-private.
     */
    private static Routes discoverRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Routes routes = new Routes();
        for (BeanDefinition view : scanner.findCandidateComponents("io.slipway")) {
            routes.getRoutes()
                    .add(ClassUtils.resolveClassName(view.getBeanClassName(), null)
                            .asSubclass(Component.class));
        }
        return routes;
    }

    private static void setUp(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }
}
