package io.slipway.installation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.LitRenderer;
import io.slipway.installation.Access;
import io.slipway.installation.AppSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The columns of My Apps. Cells are Lit templates, not server-side components, so that an open page holds little
 * memory however many rows it scrolls through.
 */
class AppGrid extends Grid<AppSummary> {

    static final String OWNER = "owner";
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    AppGrid() {
        addClassName("slipway-app-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSizeFull();
        setPageSize(50);

        addColumn(LitRenderer.<AppSummary>of("<a href=\"apps/${item.id}\">${item.name}</a>")
                        .withProperty("id", app -> app.id().toString())
                        .withProperty("name", AppSummary::name))
                .setHeader("Name")
                .setKey("name")
                .setSortProperty("name")
                .setAutoWidth(true);
        addColumn(AppSummary::owner).setHeader("Owner").setKey(OWNER).setAutoWidth(true);
        addColumn(AppSummary::imageWithTag)
                .setHeader("Image")
                .setKey("image")
                .setSortProperty("image")
                .setAutoWidth(true);
        addColumn(LitRenderer.<AppSummary>of("<div class=\"slipway-status-cell\"><span class=\"slipway-status"
                                + " slipway-status-${item.css}\">${item.label}</span>"
                                // At most three lines of the reason here, all of it on hover and on the app's page
                                + "<span class=\"slipway-status-reason\" title=\"${item.reason}\">${item.reason}</span>"
                                + "</div>")
                        .withProperty("css", app -> app.status().name().toLowerCase(Locale.ROOT))
                        .withProperty("label", app -> app.status().label())
                        .withProperty("reason", app -> app.statusReason() == null ? "" : app.statusReason()))
                .setHeader("Status")
                .setKey("status")
                .setSortProperty("status")
                // Room for a reason even beside a long image reference, which would squeeze it to a word per line
                .setWidth("20em")
                .setFlexGrow(2);
        addColumn(AppGrid::allocation)
                .setHeader("Allocation")
                .setKey("allocation")
                .setSortProperty("percent")
                .setAutoWidth(true);
        addColumn(app -> app.access() == Access.PUBLIC ? "Public" : "Private")
                .setHeader("Access")
                .setKey("access");
        addColumn(app -> app.persistence().label()).setHeader("Persistence").setKey("persistence");
        addColumn(address())
                .setHeader("Address")
                .setKey("address")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(app -> CREATED.withLocale(Locale.getDefault()).format(app.createdAt()))
                .setHeader("Created")
                .setKey("created")
                .setSortProperty("createdAt")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    static String allocation(AppSummary app) {
        return app.percent() + " % · " + app.resources().describe();
    }

    /** Where the app is reached: hostname with Open link and copy button, node host and port, or neither. */
    static String addressText(AppSummary app) {
        if (!app.hostname().isEmpty()) {
            return app.hostname();
        }
        if (app.publicTcp()) {
            return app.nodePort() == null ? "Node port pending" : app.nodeAddress();
        }
        return app.access() == Access.PRIVATE ? "Only inside your team's namespace" : "—";
    }

    private static LitRenderer<AppSummary> address() {
        return LitRenderer.<AppSummary>of("<div class=\"slipway-hostname\">"
                        + "${item.url ? html`<a href=\"${item.url}\" target=\"_blank\">${item.text}</a>`"
                        + " : html`<span class=\"${item.copyable ? '' : 'slipway-muted'}\">${item.text}</span>`}"
                        + "${item.copyable ? html`<vaadin-button theme=\"tertiary-inline small\""
                        + " aria-label=\"Copy address\" title=\"Copy address\" @click=\"${copy}\">"
                        + "<vaadin-icon icon=\"vaadin:copy-o\"></vaadin-icon></vaadin-button>` : ''}</div>")
                .withProperty("text", AppGrid::addressText)
                .withProperty("url", app -> app.hostname().isEmpty() ? "" : "http://" + app.hostname() + "/")
                .withProperty("copyable", app -> !app.hostname().isEmpty() || app.nodePort() != null)
                .withFunction("copy", AppGrid::copy);
    }

    static void copy(AppSummary app) {
        String text = addressText(app);
        UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text);
        Notification.show("Copied " + text, 2000, Notification.Position.BOTTOM_START);
    }
}
