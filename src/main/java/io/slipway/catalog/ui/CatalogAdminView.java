package io.slipway.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.catalog.CatalogAdmin;
import io.slipway.catalog.CatalogItem;
import io.slipway.catalog.CatalogListing;
import io.slipway.catalog.CatalogRequest;
import io.slipway.security.CurrentUser;
import io.slipway.security.SlipwayUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * {@code admin/catalog}: a platform admin's list of catalog entries, hidden ones too, to add an entry, change one,
 * or hide it from members and show it again. The service checks the caller and every field again.
 */
@Route("admin/catalog")
@PageTitle("Catalog entries · Slipway")
@Menu(title = "Catalog entries", order = 11)
@RolesAllowed(SlipwayUser.PLATFORM_ADMIN)
class CatalogAdminView extends VerticalLayout {

    private final CatalogAdmin catalogAdmin;
    private final UUID callerId;

    final Grid<CatalogListing> grid = new Grid<>();
    final Button newEntry = new Button("New entry", VaadinIcon.PLUS.create());

    CatalogAdminView(CatalogAdmin catalogAdmin, CurrentUser currentUser) {
        this.catalogAdmin = catalogAdmin;
        this.callerId = currentUser.id();
        addClassName("slipway-page");

        add(new H1("Catalog entries"));
        add(new Paragraph("What members can install. A hidden entry leaves the catalog; apps already installed from"
                + " it run on unchanged. A changed health-check path, user or data path reaches installed apps the"
                + " next time Slipway applies them."));
        newEntry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEntry.addClickListener(event -> new CatalogEntryDialog(
                        "New catalog entry",
                        new CatalogRequest(),
                        true,
                        request -> saved("Added "
                                + catalogAdmin.create(callerId, request).name()))
                .open());
        add(newEntry, createGrid());
        refresh();
    }

    private Grid<CatalogListing> createGrid() {
        grid.addClassName("slipway-catalog-admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(listing -> listing.item().name())
                .setHeader("Name")
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(listing -> listing.item().image() + ":" + listing.item().defaultTag())
                .setHeader("Image")
                .setKey("image")
                .setAutoWidth(true);
        grid.addColumn(listing ->
                        listing.item().protocol() + " " + listing.item().port())
                .setHeader("Port")
                .setKey("port");
        grid.addColumn(listing -> listing.item().category())
                .setHeader("Category")
                .setKey("category");
        grid.addColumn(listing -> listing.hidden() ? "Hidden" : "In the catalog")
                .setHeader("Shown")
                .setKey("shown");
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions").setAutoWidth(true);
        return grid;
    }

    private Component actions(CatalogListing listing) {
        CatalogItem item = listing.item();
        Button edit = new Button(
                "Edit…",
                event -> new CatalogEntryDialog(
                                item.name(),
                                CatalogRequest.of(item),
                                false,
                                request -> saved("Saved "
                                        + catalogAdmin
                                                .update(callerId, item.id(), request)
                                                .name()))
                        .open());
        Button visibility = new Button(listing.hidden() ? "Show" : "Hide", event -> {
            catalogAdmin.setHidden(callerId, item.id(), !listing.hidden());
            saved((listing.hidden() ? "Showing " : "Hid ") + item.name() + (listing.hidden() ? " again" : ""));
        });
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        visibility.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        visibility.setAriaLabel((listing.hidden() ? "Show " : "Hide ") + item.name());
        return new HorizontalLayout(edit, visibility);
    }

    private void saved(String message) {
        refresh();
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.setItems(catalogAdmin.entries(callerId));
    }
}
