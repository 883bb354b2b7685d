package io.slipway;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A base for view tests: the whole application, with Vaadin mocked by karibu-testing in the test's thread.
 *
 * <p>{@link #login} makes a user known the way a real request would: to Spring Security and, because Vaadin's
 * navigation access control asks the servlet request, to karibu's fake request.
 */
@SlipwayTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext applicationContext;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, applicationContext, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Logs the user in for the rest of the test, as if they had used the login form. */
    protected void login(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);

        // karibu-testing 2.7.0 has no MockSpringSecurity; Vaadin's access control reads the servlet request
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals));
    }

    protected void login(Fixtures.Member member) {
        login(member.username());
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Like {@link Routes#autoDiscoverViews}, which skips package-private views such as ours. */
    private static Routes discoverRoutes() {
        Routes discovered = new Routes().autoDiscoverViews("io.slipway");
        Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("io.slipway")
                .scan()) {
            scan.getClassesWithAnnotation(Route.class)
                    .loadClasses(Component.class)
                    .forEach(views::add);
        }
        return new Routes(views, discovered.getErrorRoutes(), discovered.getSkipPwaInit());
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }
}
