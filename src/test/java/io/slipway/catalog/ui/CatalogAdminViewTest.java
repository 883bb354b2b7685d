package io.slipway.catalog.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import io.slipway.Fixtures;
import io.slipway.KaribuTest;
import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogAdmin;
import io.slipway.catalog.CatalogRequest;
import io.slipway.catalog.Protocol;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class CatalogAdminViewTest extends KaribuTest {

    @Autowired
    CatalogAdmin catalogAdmin;

    @Autowired
    Catalog catalog;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsAnEntryThatAppearsInTheCatalog() {
        String id = "echo-" + System.nanoTime() % 1_000_000_000L;
        login("admin");
        navigate("admin/catalog");
        CatalogAdminView view = _get(CatalogAdminView.class);

        _click(view.newEntry);
        CatalogEntryDialog dialog = _get(CatalogEntryDialog.class);
        assertThat(dialog.save.isEnabled()).isFalse();
        _setValue(dialog.fields.id, id);
        _setValue(dialog.fields.name, "Echo " + id);
        _setValue(dialog.fields.category, "Tools");
        _setValue(dialog.fields.description, "Answers every request with the request itself.");
        _setValue(dialog.fields.image, "ealen/echo-server");
        _setValue(dialog.fields.tags, "0.9.2, latest");
        _setValue(dialog.fields.protocol, Protocol.HTTP);
        _setValue(dialog.fields.port, "80");
        _setValue(dialog.fields.docsUrl, "https://hub.docker.com/r/ealen/echo-server");
        _click(dialog.save);

        _assertNone(CatalogEntryDialog.class);
        int row = row(view, "Echo " + id);
        assertThat(_getFormatted(view.grid, row, "image")).isEqualTo("ealen/echo-server:0.9.2");
        assertThat(_getFormatted(view.grid, row, "shown")).isEqualTo("In the catalog");
        assertThat(catalog.find(id))
                .hasValueSatisfying(item -> assertThat(item.port()).isEqualTo(80));
    }

    @Test
    void showsEachBadFieldAtTheFieldAndSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from catalog_entry", Long.class);
        login("admin");
        navigate("admin/catalog");

        _click(_get(CatalogAdminView.class).newEntry);
        CatalogEntryDialog dialog = _get(CatalogEntryDialog.class);
        _setValue(dialog.fields.id, "custom");
        _setValue(dialog.fields.image, "nginx:latest");
        _setValue(dialog.fields.port, "65536");
        _setValue(dialog.fields.docsUrl, "not a link");
        _setValue(dialog.fields.envHints, "PORT");

        assertThat(dialog.fields.id.getErrorMessage()).isEqualTo("'custom' is taken by Deploy your own image");
        assertThat(dialog.fields.image.getErrorMessage()).isEqualTo("Leave out the tag: list it under Tags instead");
        assertThat(dialog.fields.port.getErrorMessage()).isEqualTo("A port is from 1 to 65535");
        assertThat(dialog.fields.docsUrl.getErrorMessage()).isEqualTo("An http:// or https:// address");
        assertThat(dialog.fields.envHints.getErrorMessage())
                .isEqualTo("Line 1: write NAME | description, or NAME | description | example");
        assertThat(dialog.save.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from catalog_entry", Long.class))
                .isEqualTo(before);
    }

    @Test
    void hidesAnEntryFromMembersAndShowsItAgain() {
        String id = "hidden-" + System.nanoTime() % 1_000_000_000L;
        CatalogRequest request = new CatalogRequest();
        request.setId(id);
        request.setName("Hideable " + id);
        request.setDescription("An entry to hide.");
        request.setCategory("Tools");
        request.setImage("nginx");
        request.setPort("80");
        request.setDocsUrl("https://hub.docker.com/_/nginx");
        catalogAdmin.create(fixtures.platformAdmin(), request);
        login("admin");
        navigate("admin/catalog");
        CatalogAdminView view = _get(CatalogAdminView.class);

        _click(button(view, "Hideable " + id, "Hide"));

        assertThat(_getFormatted(view.grid, row(view, "Hideable " + id), "shown"))
                .isEqualTo("Hidden");
        assertThat(catalog.find(id)).isEmpty();

        _click(button(view, "Hideable " + id, "Show"));

        assertThat(_getFormatted(view.grid, row(view, "Hideable " + id), "shown"))
                .isEqualTo("In the catalog");
        assertThat(catalog.find(id)).isPresent();
    }

    @Test
    void editsAnEntryWithItsIdFixed() {
        login("admin");
        navigate("admin/catalog");
        CatalogAdminView view = _get(CatalogAdminView.class);

        _click(button(view, "Lightstreamer", "Edit…"));
        CatalogEntryDialog dialog = _get(CatalogEntryDialog.class);

        assertThat(dialog.fields.id.getValue()).isEqualTo("lightstreamer");
        assertThat(dialog.fields.id.isReadOnly()).isTrue();
        assertThat(dialog.fields.tags.getValue()).startsWith("latest");
        assertThat(dialog.fields.healthPath.getValue()).isEqualTo("/lightstreamer/healthcheck");
        assertThat(dialog.save.isEnabled()).isTrue();
    }

    @Test
    void isDeniedToTeamAdminsAndLeftOutOfTheirMenu() {
        login("alice");
        navigate("");

        assertThat(_get(Nav.class).getElement().getTextRecursively()).doesNotContain("Catalog entries");
        assertNavigationDenied("admin/catalog");
        _assertNone(CatalogAdminView.class);
    }

    private static Button button(CatalogAdminView view, String name, String text) {
        Component actions = _getCellComponent(view.grid, row(view, name), "actions");
        return _get(actions, Button.class, spec -> spec.withText(text));
    }

    private static int row(CatalogAdminView view, String name) {
        return IntStream.range(0, _size(view.grid))
                .filter(i -> _getFormatted(view.grid, i, "name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row " + name));
    }
}
