package io.slipway.billing.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.slipway.billing.Statement;
import io.slipway.billing.StatementFile;
import io.slipway.billing.StatementLine;
import io.slipway.billing.Statements;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

/** The statement of one month, with the month to choose and the CSV to download. */
class StatementPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Statements statements;
    private final UUID callerId;

    final Select<YearMonth> month = new Select<>();
    final Paragraph note = new Paragraph();
    final Grid<StatementLine> grid = new Grid<>();
    final Paragraph total = new Paragraph();
    final Anchor download = new Anchor();

    StatementPanel(Statements statements, UUID callerId) {
        this.statements = statements;
        this.callerId = callerId;
        addClassName("slipway-statement");
        setPadding(false);

        add(new H2("Statement"));
        add(createMonth());
        add(note);
        add(createGrid());
        total.addClassName("slipway-statement-total");
        add(total);
        download.setText("Download CSV");
        add(download);
    }

    private Select<YearMonth> createMonth() {
        month.setLabel("Month");
        month.setItemLabelGenerator(StatementPanel::label);
        month.setItems(statements.months(callerId));
        month.addValueChangeListener(event -> show());
        return month;
    }

    private Grid<StatementLine> createGrid() {
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.item().label())
                .setHeader("Item")
                .setKey("item")
                .setAutoWidth(true);
        grid.addColumn(StatementLine::description)
                .setHeader("Description")
                .setKey("description")
                .setFlexGrow(2);
        grid.addColumn(line -> line.member() == null ? "" : line.member())
                .setHeader("Member")
                .setKey("member");
        grid.addColumn(line -> TIME.format(line.from()) + " – " + TIME.format(line.to()))
                .setHeader("Period (UTC)")
                .setKey("period")
                .setAutoWidth(true);
        grid.addColumn(line -> line.quantity().toPlainString() + " " + line.unit())
                .setHeader("Quantity")
                .setKey("quantity")
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(line -> line.amount() == null ? "" : Money.of(line.amount()))
                .setHeader("Amount")
                .setKey("amount")
                .setTextAlign(ColumnTextAlign.END);
        return grid;
    }

    /** Shows the month in progress. */
    void showCurrent() {
        if (month.getValue() == null) {
            month.setValue(statements.currentMonth());
        } else {
            show();
        }
    }

    private void show() {
        YearMonth shown = month.getValue();
        Statement statement = statements.statement(callerId, shown);
        grid.setItems(statement.lines());
        total.setText("Total for " + label(shown) + ": " + Money.of(statement.total()));
        note.setText(
                shown.equals(statements.currentMonth())
                        ? "This month so far, and as if your plan and allocations stay as they are until the month"
                                + " ends. Usage lines count allocated resources; only the plan has a price."
                        : "Usage lines count allocated resources; only the plan has a price.");
        download.setHref(csv(shown), AttachmentType.DOWNLOAD);
    }

    private DownloadHandler csv(YearMonth shown) {
        return event -> {
            StatementFile file = statements.csv(callerId, shown);
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            event.setFileName(file.fileName());
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
