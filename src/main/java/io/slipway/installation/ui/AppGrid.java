package io.slipway.installation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.slipway.installation.Access;
import io.slipway.installation.AppSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The columns of My Apps. */
class AppGrid extends Grid<AppSummary> {

    static final String OWNER = "owner";
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    AppGrid() {
        addClassName("slipway-app-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(false);
        setSizeFull();

        addColumn(AppSummary::name)
                .setHeader("Name")
                .setKey("name")
                .setSortable(true)
                .setAutoWidth(true);
        addColumn(AppSummary::owner).setHeader("Owner").setKey(OWNER).setAutoWidth(true);
        addColumn(AppSummary::imageWithTag).setHeader("Image").setKey("image").setAutoWidth(true);
        addColumn(new ComponentRenderer<>(AppGrid::status))
                .setHeader("Status")
                .setKey("status")
                .setFlexGrow(2);
        addColumn(AppGrid::allocation)
                .setHeader("Allocation")
                .setKey("allocation")
                .setAutoWidth(true);
        addColumn(app -> app.access() == Access.PUBLIC ? "Public" : "Private")
                .setHeader("Access")
                .setKey("access");
        addColumn(app -> app.persistence().label()).setHeader("Persistence").setKey("persistence");
        addColumn(new ComponentRenderer<>(AppGrid::hostname))
                .setHeader("Hostname")
                .setKey("hostname")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(app -> CREATED.withLocale(Locale.getDefault()).format(app.createdAt()))
                .setHeader("Created")
                .setKey("created")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    static String allocation(AppSummary app) {
        return app.percent() + " % · " + app.resources().describe();
    }

    private static Component status(AppSummary app) {
        Span badge = new Span(app.status().label());
        badge.addClassNames(
                "slipway-status", "slipway-status-" + app.status().name().toLowerCase(Locale.ROOT));
        Span reason = new Span(app.statusReason() == null ? "" : app.statusReason());
        reason.addClassName("slipway-status-reason");
        Div cell = new Div(badge, reason);
        cell.addClassName("slipway-status-cell");
        return cell;
    }

    private static Component hostname(AppSummary app) {
        if (app.hostname().isEmpty()) {
            Span none = new Span(app.access() == Access.PRIVATE ? "Only inside your team's namespace" : "—");
            none.addClassName("slipway-muted");
            return none;
        }
        Anchor open = new Anchor("http://" + app.hostname() + "/", app.hostname(), AnchorTarget.BLANK);
        Button copy = new Button(VaadinIcon.COPY_O.create(), event -> {
            event.getSource()
                    .getUI()
                    .ifPresent(ui -> ui.getPage()
                            .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", app.hostname()));
            Notification.show("Copied " + app.hostname(), 2000, Notification.Position.BOTTOM_START);
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel("Copy hostname");
        copy.setTooltipText("Copy hostname");
        Div cell = new Div(open, copy);
        cell.addClassName("slipway-hostname");
        return cell;
    }
}
