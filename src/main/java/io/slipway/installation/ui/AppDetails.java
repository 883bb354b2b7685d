package io.slipway.installation.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import io.slipway.installation.Access;
import io.slipway.installation.AppSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** An app's settings and where it runs, as label and value pairs. */
class AppDetails extends FormLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Map<String, Span> values = new LinkedHashMap<>();

    AppDetails() {
        addClassName("slipway-app-details");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (String label : new String[] {
            "Status", "Image", "Owner", "Allocation", "Protocol and port", "Access", "Address", "Persistence", "Created"
        }) {
            Span value = new Span();
            value.addClassName("slipway-detail-value");
            values.put(label, value);
            addFormItem(value, label);
        }
    }

    void show(AppSummary app) {
        set("Status", app.status().label() + (app.statusReason() == null ? "" : " — " + app.statusReason()));
        set("Image", app.imageWithTag());
        set("Owner", app.owner());
        set("Allocation", AppGrid.allocation(app));
        set("Protocol and port", app.protocol() + " " + app.port());
        set("Access", app.access() == Access.PUBLIC ? "Public" : "Private");
        set("Address", AppGrid.addressText(app));
        set("Persistence", app.persistence().label());
        set("Created", WHEN.withLocale(Locale.getDefault()).format(app.createdAt()));
    }

    String value(String label) {
        return values.get(label).getText();
    }

    private void set(String label, String text) {
        values.get(label).setText(text);
    }
}
