package io.slipway.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.catalog.Catalog;
import io.slipway.catalog.CatalogItem;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The catalog: a card per app, narrowed as the user types or picks a category. */
@Route("")
@PageTitle("Catalog · Slipway")
@Menu(title = "Catalog", order = 0)
@PermitAll
class CatalogView extends VerticalLayout {

    private final Catalog catalog;
    private final TextField search = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph("No app matches. Try another word or category.");

    CatalogView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("slipway-page");

        add(new H1("Catalog"));
        add(createFilters());
        add(createCards());
        refresh();
    }

    private Component createFilters() {
        search.setPlaceholder("Search apps");
        search.setAriaLabel("Search apps");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.addValueChangeListener(event -> refresh());
        search.addClassName("slipway-catalog-search");

        category.setPlaceholder("All categories");
        category.setAriaLabel("Category");
        category.setItems(catalog.categories());
        category.setClearButtonVisible(true);
        category.addValueChangeListener(event -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, category);
        filters.setWidthFull();
        filters.setFlexGrow(1, search);
        return filters;
    }

    private Component createCards() {
        cards.addClassName("slipway-cards");
        empty.setVisible(false);
        // Full width, or the vertical layout shrinks it to its content and the cards keep to two columns
        Div results = new Div(cards, empty);
        results.setWidthFull();
        return results;
    }

    private void refresh() {
        List<CatalogItem> items = catalog.search(search.getValue(), category.getValue());
        cards.removeAll();
        items.forEach(item -> cards.add(card(item)));
        cards.add(ownImageCard());
        empty.setVisible(items.isEmpty());
    }

    /** Always last, whatever the filter: what the catalog lacks, a user can still run. */
    private static Component ownImageCard() {
        Image logo = new Image("images/slipway.svg", "Slipway logo");
        logo.addClassName("slipway-card-logo");
        Span category = new Span("Custom");
        category.addClassName("slipway-card-category");
        H3 name = new H3("Deploy your own image");
        Paragraph description = new Paragraph(
                "Any image from Docker Hub or another registry, public or private, with the same install form.");
        Button install = new Button(
                "Deploy your own image",
                event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("install/custom")));
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Div card = new Div(new HorizontalLayout(logo, new Div(name, category)), description, install);
        card.addClassNames("slipway-card", "slipway-card-own-image");
        card.getElement().setAttribute("data-entry", "custom");
        return card;
    }

    private static Component card(CatalogItem item) {
        Image logo = new Image(item.logo(), item.name() + " logo");
        logo.addClassName("slipway-card-logo");
        Span category = new Span(item.category());
        category.addClassName("slipway-card-category");
        H3 name = new H3(item.name());
        Paragraph description = new Paragraph(item.description());
        Span meta = new Span(item.image() + " · " + item.protocol() + " " + item.port());
        meta.addClassName("slipway-card-meta");

        Button install = new Button(
                "Install", event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("install/" + item.id())));
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.setAriaLabel("Install " + item.name());

        Div card = new Div(new HorizontalLayout(logo, new Div(name, category)), description, meta, install);
        card.addClassName("slipway-card");
        card.getElement().setAttribute("data-entry", item.id());
        return card;
    }
}
