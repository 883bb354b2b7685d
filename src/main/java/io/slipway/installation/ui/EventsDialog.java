package io.slipway.installation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppEvent;
import io.slipway.installation.AppLogs;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the cluster reported about the app lately, newest first, in plain words beside the cluster's own. */
class EventsDialog extends Dialog {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<AppEvent> grid = new Grid<>();
    final Paragraph note = new Paragraph();

    EventsDialog(AppLogs logs, UUID userId, AppSummary app) {
        setHeaderTitle("Events of " + app.name());
        setWidth("min(90vw, 70rem)");
        grid.addColumn(event -> WHEN.withLocale(Locale.getDefault()).format(event.at()))
                .setHeader("When")
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(event -> event.warning() ? "Warning" : "Normal")
                .setHeader("Type")
                .setKey("type");
        grid.addColumn(AppEvent::what).setHeader("What happened").setKey("what").setAutoWidth(true);
        grid.addColumn(event -> event.count() > 1 ? event.message() + " (" + event.count() + "×)" : event.message())
                .setHeader("Details")
                .setKey("details")
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        add(note, grid);
        getFooter().add(new Button("Close", event -> close()));
        try {
            List<AppEvent> events = logs.events(userId, app.id());
            grid.setItems(events);
            note.setText(
                    events.isEmpty()
                            ? "No recent events: the cluster keeps them for about an hour."
                            : "The cluster keeps events for about an hour.");
        } catch (AppNotFound | AppActionRefused refused) {
            note.setText(refused.getMessage());
            grid.setVisible(false);
        } catch (RuntimeException unreachable) {
            note.setText("The cluster did not answer; try again in a moment.");
            grid.setVisible(false);
        }
    }
}
