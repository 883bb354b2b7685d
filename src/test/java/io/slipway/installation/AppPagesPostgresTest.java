package io.slipway.installation;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.slipway.Fixtures;
import io.slipway.Fixtures.Member;
import io.slipway.PostgresTest;
import io.slipway.plan.Allocation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * My Apps reads page by page on PostgreSQL: with 150 apps in the team, a page loads only its own rows (and one row
 * more, by which a slice knows whether more follow), whatever the sort or filter, so sorting and filtering must
 * have happened in the query. Pages are asked for exactly as the grid asks (a Vaadin query turned into a Spring
 * page request), and what was loaded is read from the persistence context of that one read.
 */
class AppPagesPostgresTest extends PostgresTest {

    private static final int PAGE = 50;

    @Autowired
    AppDirectory directory;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AppRows rows;

    @Autowired
    TransactionTemplate transactions;

    @PersistenceContext
    EntityManager entityManager;

    private Member admin;
    private Member bob;

    @BeforeEach
    void seedATeamWithManyApps() {
        admin = fixtures.newAdmin("Premium", new Allocation(4000, 8192, 40));
        bob = fixtures.newMember(admin.team(), new Allocation(1000, 2048, 0));
        rows.seed(admin.team().id(), admin.userId(), "app", 120);
        rows.seed(admin.team().id(), bob.userId(), "bob", 30);
    }

    @AfterEach
    void removeTheApps() {
        rows.removeAll(admin.team().id());
    }

    @Test
    void opensOnTheNewestPageWithoutLoadingTheRest() {
        Read first = read(admin, AppFilter.own(), 0);

        assertThat(directory.count(admin.userId(), AppFilter.own())).isEqualTo(120);
        assertThat(first.names())
                .hasSize(PAGE)
                .startsWith("app-00119", "app-00118")
                .endsWith("app-00070");
        assertThat(first.loaded()).isEqualTo(PAGE + 1);

        Read second = read(admin, AppFilter.own(), PAGE);
        assertThat(second.names()).hasSize(PAGE).startsWith("app-00069").endsWith("app-00020");
        assertThat(second.loaded()).isEqualTo(PAGE + 1);
    }

    @Test
    void sortsByNameAndStatusInTheQuery() {
        AppFilter team = new AppFilter(true, "", null);

        Read byName = read(admin, team, 0, new QuerySortOrder("name", SortDirection.DESCENDING));
        assertThat(byName.names()).hasSize(PAGE).startsWith("bob-00029").endsWith("app-00100");
        assertThat(byName.names().subList(0, 30)).allMatch(name -> name.startsWith("bob-"));
        assertThat(byName.loaded()).isEqualTo(PAGE + 1);

        Read byStatus = read(admin, team, 0, new QuerySortOrder("status", SortDirection.ASCENDING));
        // Stored as the enum's name: FAILED sorts before RUNNING and STOPPED; 30 + 7 of the 150 failed
        assertThat(byStatus.statuses())
                .hasSize(PAGE)
                .containsSequence(List.of(InstallationStatus.FAILED, InstallationStatus.RUNNING));
        assertThat(byStatus.statuses().stream().filter(s -> s == InstallationStatus.FAILED))
                .hasSize(37);
        assertThat(byStatus.statuses().stream().filter(s -> s == InstallationStatus.STOPPED))
                .isEmpty();
        assertThat(byStatus.loaded()).isEqualTo(PAGE + 1);
    }

    @Test
    void filtersByNameAndStatusInTheQuery() {
        AppFilter named = new AppFilter(false, " APP-0011 ", null);
        Read byName = read(admin, named, 0);
        assertThat(byName.names()).hasSize(10).allMatch(name -> name.startsWith("app-0011"));
        assertThat(byName.loaded()).isEqualTo(10);
        assertThat(directory.count(admin.userId(), named)).isEqualTo(10);

        AppFilter failed = new AppFilter(true, "", InstallationStatus.FAILED);
        Read byStatus = read(admin, failed, 0);
        assertThat(byStatus.statuses()).hasSize(37).containsOnly(InstallationStatus.FAILED);
        assertThat(byStatus.loaded()).isEqualTo(37);
        assertThat(directory.count(admin.userId(), failed)).isEqualTo(37);

        AppFilter both = new AppFilter(false, "0001", InstallationStatus.RUNNING);
        assertThat(read(admin, both, 0).names())
                .containsExactly("app-00017", "app-00016", "app-00013", "app-00012", "app-00001");

        AppFilter wildcard = new AppFilter(true, "_", null);
        assertThat(directory.count(admin.userId(), wildcard)).isZero();
        assertThat(read(admin, wildcard, 0).names()).isEmpty();
    }

    @Test
    void showsAColleaguesAppsReadOnlyToMembersAndToBeActedOnByTeamAdmins() {
        AppFilter team = new AppFilter(true, "", null);

        Map<Boolean, List<AppSummary>> seenByBob = directory
                .page(
                        bob.userId(),
                        team,
                        VaadinSpringDataHelpers.toSpringPageRequest(new Query<>(0, 200, List.of(), null, null)))
                .stream()
                .collect(Collectors.partitioningBy(AppSummary::manageable));
        assertThat(seenByBob.get(true)).hasSize(30).allMatch(app -> app.owner().equals(bob.username()));
        assertThat(seenByBob.get(false))
                .hasSize(120)
                .allMatch(app -> app.owner().equals(admin.username()));

        assertThat(directory.page(
                        admin.userId(),
                        team,
                        VaadinSpringDataHelpers.toSpringPageRequest(new Query<>(0, 200, List.of(), null, null))))
                .hasSize(150)
                .allMatch(AppSummary::manageable);

        assertThat(directory.count(bob.userId(), AppFilter.own())).isEqualTo(30);
    }

    private Read read(Member viewer, AppFilter filter, int offset, QuerySortOrder... sort) {
        Query<AppSummary, Void> query = new Query<>(offset, PAGE, List.of(sort), null, null);
        return transactions.execute(status -> {
            List<AppSummary> page =
                    directory.page(viewer.userId(), filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
            long loaded = entityManager.unwrap(Session.class).getStatistics().getEntityKeys().stream()
                    .map(EntityKey.class::cast)
                    .filter(key -> key.getEntityName().equals(Installation.class.getName()))
                    .count();
            return new Read(page, loaded);
        });
    }

    private record Read(List<AppSummary> page, long loaded) {

        List<String> names() {
            return page.stream().map(AppSummary::name).toList();
        }

        List<InstallationStatus> statuses() {
            return page.stream().map(AppSummary::status).toList();
        }
    }
}
