package io.slipway.installation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.catalog.EnvHint;
import io.slipway.installation.EnvPaste;
import io.slipway.installation.EnvVar;
import java.util.ArrayList;
import java.util.List;

/** Env vars as KEY=value rows, plus a box to paste many at once. Values are typed like passwords. */
class EnvEditor extends CustomField<List<EnvVar>> {

    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowFields = new ArrayList<>();
    private final TextArea paste = new TextArea("Paste KEY=value lines");

    EnvEditor(List<EnvHint> hints) {
        setLabel("Environment variables");
        addClassName("slipway-env-editor");
        rows.setPadding(false);
        rows.setSpacing(false);

        Button addRow = new Button("Add variable", VaadinIcon.PLUS.create(), event -> addRow("", ""));
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div content = new Div(rows, addRow, createPasteBox());
        if (!hints.isEmpty()) {
            content.addComponentAsFirst(createHints(hints));
        }
        add(content);
    }

    private Component createHints(List<EnvHint> hints) {
        Div list = new Div();
        list.addClassName("slipway-env-hints");
        list.add(new Span("Suggested by this app:"));
        for (EnvHint hint : hints) {
            Button use =
                    new Button(hint.name(), event -> addRow(hint.name(), hint.example() == null ? "" : hint.example()));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            use.setTooltipText(hint.description());
            list.add(new Div(use, new Span(hint.description())));
        }
        return list;
    }

    private Component createPasteBox() {
        paste.setPlaceholder("API_URL=https://example.com\nLOG_LEVEL=debug");
        paste.setWidthFull();
        Button add = new Button("Add pasted lines", event -> addPasted());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(paste, add);
    }

    private void addPasted() {
        try {
            EnvPaste.parse(paste.getValue()).forEach(variable -> addRow(variable.key(), variable.value()));
            paste.clear();
            paste.setInvalid(false);
        } catch (IllegalArgumentException e) {
            paste.setErrorMessage(e.getMessage());
            paste.setInvalid(true);
        }
    }

    void addRow(String key, String value) {
        Row row = new Row(key, value);
        rowFields.add(row);
        rows.add(row.layout);
        updateValue();
    }

    private void removeRow(Row row) {
        rowFields.remove(row);
        rows.remove(row.layout);
        updateValue();
    }

    /** A kept row whose value was not typed again stays without a value: the stored one is kept. */
    @Override
    protected List<EnvVar> generateModelValue() {
        return rowFields.stream()
                .map(row -> new EnvVar(
                        row.key.getValue(), row.kept && row.value.getValue().isEmpty() ? null : row.value.getValue()))
                .toList();
    }

    @Override
    protected void setPresentationValue(List<EnvVar> value) {
        rowFields.clear();
        rows.removeAll();
        if (value != null) {
            value.forEach(variable -> {
                Row row = new Row(variable.key(), variable.value());
                rowFields.add(row);
                rows.add(row.layout);
            });
        }
    }

    /** One KEY=value row. */
    private final class Row {

        final TextField key = new TextField();
        final PasswordField value = new PasswordField();
        final HorizontalLayout layout;
        /** A saved variable whose value is not shown: it stays unless a new value is typed. */
        final boolean kept;

        Row(String initialKey, String initialValue) {
            kept = initialValue == null;
            key.setPlaceholder("KEY");
            key.setAriaLabel("Variable name");
            key.setValue(initialKey);
            key.setValueChangeMode(ValueChangeMode.EAGER);
            key.addValueChangeListener(event -> updateValue());
            value.setPlaceholder(kept ? "saved value, hidden; type to replace" : "value");
            value.setAriaLabel("Value of the variable");
            value.setValue(kept ? "" : initialValue);
            value.setValueChangeMode(ValueChangeMode.LAZY);
            value.addValueChangeListener(event -> updateValue());
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> removeRow(this));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel("Remove variable");
            layout = new HorizontalLayout(key, new Span("="), value, remove);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.addClassName("slipway-env-row");
        }
    }
}
