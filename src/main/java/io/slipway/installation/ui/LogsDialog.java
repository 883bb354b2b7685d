package io.slipway.installation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import io.slipway.installation.AppActionRefused;
import io.slipway.installation.AppLogs;
import io.slipway.installation.AppNotFound;
import io.slipway.installation.AppSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The app's last 500 log lines. "Follow" reads them again every two seconds while the dialog is open; "Download"
 * saves them as a text file, read again at download time with the same checks.
 */
class LogsDialog extends Dialog {

    static final int FOLLOW_INTERVAL_MS = 2000;

    private final AppLogs logs;
    private final UUID userId;
    private final AppSummary app;
    final Pre text = new Pre();
    final Checkbox follow = new Checkbox("Follow");
    final Anchor download = new Anchor();
    private Registration polling;

    LogsDialog(AppLogs logs, UUID userId, AppSummary app) {
        this.logs = logs;
        this.userId = userId;
        this.app = app;
        setHeaderTitle("Logs of " + app.name());
        setWidth("min(90vw, 70rem)");
        addClassName("slipway-logs-dialog");
        text.addClassName("slipway-log");

        follow.addValueChangeListener(event -> following(event.getValue()));
        addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                following(false);
            }
        });
        download.setText("Download .txt");
        download.setHref(file());
        add(text);
        getHeader().add(follow, download);
        getFooter().add(new Button("Close", event -> close()));
        refresh();
    }

    void refresh() {
        try {
            List<String> lines = logs.lines(userId, app.id());
            text.setText(lines.isEmpty() ? "No log yet: the app has not written anything." : String.join("\n", lines));
            text.getElement().executeJs("this.scrollTop = this.scrollHeight");
        } catch (AppNotFound | AppActionRefused refused) {
            text.setText(refused.getMessage());
            follow.setValue(false);
        } catch (RuntimeException unreachable) {
            text.setText("The cluster did not answer; try again in a moment.");
        }
    }

    private void following(boolean on) {
        UI ui = UI.getCurrent();
        if (on && polling == null) {
            ui.setPollInterval(FOLLOW_INTERVAL_MS);
            polling = ui.addPollListener(event -> refresh());
        } else if (!on && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        following(follow.getValue());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following(false);
        super.onDetach(event);
    }

    private DownloadHandler file() {
        return event -> {
            byte[] bytes = (String.join("\n", logs.lines(userId, app.id())) + "\n").getBytes(StandardCharsets.UTF_8);
            event.setFileName(app.name() + "-log.txt");
            event.setContentType("text/plain; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
