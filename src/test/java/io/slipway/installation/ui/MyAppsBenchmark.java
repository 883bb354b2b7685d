package io.slipway.installation.ui;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlWriter;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.KaribuSession;
import io.slipway.SlipwayTest;
import io.slipway.deployer.embedded.EmbeddedCluster;
import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppFilter;
import io.slipway.installation.AppRows;
import io.slipway.installation.AppSummary;
import io.slipway.plan.Allocation;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * My Apps with thousands of apps, measured (never asserted): run with {@code ./mvnw test -Pbench
 * -Dtest=MyAppsBenchmark}. A member owns {@code -Dbench.myapps.apps} apps (10,000), a colleague
 * {@code -Dbench.myapps.colleague-apps} more in the same team. Prints a table for BENCHMARKS.md: the server time
 * of opening My Apps with its first page, the Kubernetes requests that made, and the heap an open My Apps holds.
 *
 * <p>Each render is a new UI in a new session on one shared servlet, as a browser opening {@code /apps} would
 * make: the navigation, the UIDL response to it, then the grid's request for its first page and the response
 * with the rows. Only what the browser and the network would add is missing.
 */
@Tag("bench")
@SlipwayTest
@TestPropertySource(
        properties = {
            "logging.level.io.fabric8.mockwebserver=WARN",
            "logging.level.io.slipway=WARN",
            "logging.level.org.springframework.modulith=WARN",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
class MyAppsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MyAppsBenchmark.class);
    private static final int PAGE = 50;

    static {
        // As in production mode: in development mode Vaadin keeps a stack trace per component created or attached,
        // and keeps it after the component is gone (until its weak map is next touched), which would be measured
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private final int apps = Integer.getInteger("bench.myapps.apps", 10_000);
    private final int colleagueApps = Integer.getInteger("bench.myapps.colleague-apps", 1_000);
    private final int renders = Integer.getInteger("bench.myapps.renders", 200);
    private final int warmUp = Integer.getInteger("bench.myapps.warm-up", 100);
    private final int openUis = Integer.getInteger("bench.myapps.uis", 100);

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppRows rows;

    @Autowired
    AppDirectory directory;

    @Autowired
    EmbeddedCluster cluster;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String[]> table = new ArrayList<>();
    private VaadinServlet servlet;
    private Member member;

    @Test
    void measure() throws Exception {
        member = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        Member colleague = fixtures.newMember(member.team(), new Allocation(1000, 2048, 0));
        long seedStart = System.nanoTime();
        rows.seed(member.team().id(), member.userId(), "app", apps);
        rows.seed(member.team().id(), colleague.userId(), "col", colleagueApps);
        row(
                "seed " + apps + " + " + colleagueApps + " apps (one JDBC batch each)",
                ms(System.nanoTime() - seedStart),
                "");

        KaribuSession.logIn(context, member.username());
        servlet = ((VaadinServletService) VaadinSession.getCurrent().getService()).getServlet();
        // As a browser opening /apps: the UI navigates there, not to the catalog first
        KaribuConfig.setInitDefaultRoute(false);
        try {
            dataQueries();
            renders();
            heapPerUi();
        } finally {
            KaribuConfig.setInitDefaultRoute(true);
            VaadinSession.getCurrent().lock();
            KaribuSession.close();
            rows.removeAll(member.team().id());
        }
        print();
    }

    /** What My Apps' reads cost alone, without Vaadin: the grid's page and count, the allocation bars. */
    private void dataQueries() {
        PageRequest first = PageRequest.of(0, PAGE);
        long[] page = time(
                warmUp,
                renders,
                () -> directory.page(member.userId(), AppFilter.own(), first).size());
        long[] count = time(warmUp, renders, () -> directory.count(member.userId(), AppFilter.own()));
        long[] usage = time(
                warmUp,
                renders,
                () -> directory
                        .allocationUse(member.userId(), MyAppsView.SHOWN_IN_USAGE)
                        .orElseThrow()
                        .moreApps());
        row("AppDirectory.page, first 50 of " + apps + ", p50 / p95", ms(p(page, 50)) + " / " + ms(p(page, 95)), "");
        row("AppDirectory.count, p50 / p95", ms(p(count, 50)) + " / " + ms(p(count, 95)), "");
        row("AppDirectory.allocationUse, p50 / p95", ms(p(usage, 50)) + " / " + ms(p(usage, 95)), "");
    }

    private void renders() {
        for (int i = 0; i < warmUp; i++) {
            close(render(new long[3]));
        }
        long[] total = new long[renders];
        long[] view = new long[renders];
        long[] responses = new long[renders];
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long statements = statistics.getPrepareStatementCount();
        long requests = cluster.requests();
        long writes = cluster.writeRequests();
        for (int i = 0; i < renders; i++) {
            long[] parts = new long[3];
            UI ui = render(parts);
            total[i] = parts[0];
            view[i] = parts[1];
            responses[i] = parts[2];
            close(ui);
        }
        long requestsDuring = cluster.requests() - requests;
        long writesDuring = cluster.writeRequests() - writes;
        double statementsPerRender = (statistics.getPrepareStatementCount() - statements) / (double) renders;
        Arrays.sort(total);
        Arrays.sort(view);
        Arrays.sort(responses);
        row(
                "open My Apps + first page, server time p50 / p95 (" + renders + " renders)",
                ms(p(total, 50)) + " / **" + ms(p(total, 95)) + "**",
                "goal p95 ≤ 100 ms");
        row("  p99 / max", ms(p(total, 99)) + " / " + ms(total[total.length - 1]), "");
        row("  of which the navigation (My Apps built), p50 / p95", ms(p(view, 50)) + " / " + ms(p(view, 95)), "");
        row(
                "  of which the responses (the grid's count and first page, UIDL), p50 / p95",
                ms(p(responses, 50)) + " / " + ms(p(responses, 95)),
                "");
        row(
                "  SQL statements per render (Hibernate's count, background work included)",
                String.format("%.1f", statementsPerRender),
                "");
        row(
                "Kubernetes requests during the " + renders + " renders, lists included",
                "**" + requestsDuring + "**",
                "goal 0 lists");
        row("  of which writes", String.valueOf(writesDuring), "");
    }

    /**
     * A new UI opening My Apps, then the grid's request for the first page; {@code parts} gets the total, the
     * navigation (the view built), and the responses (the grid's count and rows, the UIDL), in nanoseconds.
     */
    private UI render(long[] parts) {
        UI ui = newUi();
        long start = System.nanoTime();
        ui.navigate("apps");
        long navigated = System.nanoTime();
        MockVaadin.clientRoundtrip(false);
        new UidlWriter().createUidl(ui, false);
        AppGrid grid =
                ((MyAppsView) ui.getInternals().getActiveRouterTargetsChain().getFirst()).grid;
        grid.getDataCommunicator().setRequestedRange(0, PAGE);
        MockVaadin.clientRoundtrip(false);
        new UidlWriter().createUidl(ui, false);
        long end = System.nanoTime();
        parts[0] = end - start;
        parts[1] = navigated - start;
        parts[2] = end - navigated;
        AppSummary firstRow = grid.getDataCommunicator().getItem(0);
        if (firstRow == null || !grid.getDataCommunicator().isItemActive(firstRow)) {
            throw new IllegalStateException("The grid did not load its first page");
        }
        return ui;
    }

    /**
     * The heap that open My Apps UIs hold: measured once as what opening them adds, once as what closing their
     * sessions frees again. Each UI has its own session, as each user's browser would.
     */
    private void heapPerUi() throws Exception {
        // An unopened UI is the current one during each measurement, so that only the measured UIs differ
        UI blank = newUi();
        long before = usedHeapAfterGc();
        close(blank);
        List<UI> open = new ArrayList<>();
        long requests = cluster.requests();
        for (int i = 0; i < openUis; i++) {
            open.add(render(new long[3]));
        }
        long requestsDuring = cluster.requests() - requests;
        blank = newUi();
        long withUis = usedHeapAfterGc();
        close(blank);
        int listed = ((MyAppsView) open.getLast()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst())
                .grid
                .getDataCommunicator()
                .getItemCount();
        for (UI ui : open) {
            close(ui);
        }
        open.clear();
        blank = newUi();
        long after = usedHeapAfterGc();
        close(blank);
        row(
                "heap per open My Apps UI (" + openUis + " UIs, grid of " + listed + " apps, first page fetched),"
                        + " freed by closing them",
                "**" + kib((withUis - after) / openUis) + "**",
                "goal ≤ 300 KB");
        row("  the same, added by opening them", kib((withUis - before) / openUis), "");
        row("  Kubernetes requests while opening them", String.valueOf(requestsDuring), "goal 0 lists");
        row("whole JVM heap in use after closing them", mib(after), "");
    }

    /**
     * A new session with one UI on the shared servlet, logged in as the member. karibu creates sessions locked by the
     * test's thread, and Vaadin refuses to touch one session while the thread holds another: so only the newest is
     * held.
     */
    private UI newUi() {
        release(VaadinSession.getCurrent());
        MockVaadin.setup(UI::new, servlet);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
        return UI.getCurrent();
    }

    /**
     * Closes the UI as Vaadin does when its tab is closed, and checks that My Apps detached (so it stopped listening
     * for status changes). The emptied session is dropped with the UI: each stands for one user's browser.
     */
    private static void close(UI ui) {
        release(VaadinSession.getCurrent());
        VaadinSession session = ui.getSession();
        session.lock();
        Map<Class<?>, CurrentInstance> previous = CurrentInstance.setCurrent(ui);
        try {
            List<?> views = List.copyOf(ui.getInternals().getActiveRouterTargetsChain());
            ui.close();
            session.removeUI(ui);
            if (views.stream().anyMatch(view -> ((Component) view).isAttached())) {
                throw new IllegalStateException("My Apps stayed attached after its UI was closed");
            }
        } finally {
            CurrentInstance.restoreInstances(previous);
            release(session);
        }
    }

    private static void release(VaadinSession session) {
        while (session != null && session.hasLock()) {
            session.unlock();
        }
    }

    private static long[] time(int warmUp, int times, LongSupplier work) {
        for (int i = 0; i < warmUp; i++) {
            work.getAsLong();
        }
        long[] nanos = new long[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long p(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String kib(long bytes) {
        return String.format("%.0f KiB (%.0f kB)", bytes / 1024.0, bytes / 1000.0);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / (1024.0 * 1024.0));
    }

    private void row(String what, String figure, String goal) {
        table.add(new String[] {what, figure, goal});
    }

    private void print() {
        StringBuilder out = new StringBuilder("\n| measure | Slipway | goal |\n|---|---|---|\n");
        for (String[] row : table) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append("\nDatabase ")
                .append(database())
                .append(", Java ")
                .append(Runtime.version())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, max heap ")
                .append(mib(Runtime.getRuntime().maxMemory()))
                .append('\n');
        log.warn("My Apps benchmark{}", out);
    }

    private String database() {
        return jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName()
                        + " " + connection.getMetaData().getDatabaseProductVersion() + " ("
                        + connection.getMetaData().getURL() + ")");
    }
}
