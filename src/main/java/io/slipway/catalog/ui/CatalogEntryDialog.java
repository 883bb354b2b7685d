package io.slipway.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import io.slipway.catalog.CatalogFieldError;
import io.slipway.catalog.CatalogRejected;
import io.slipway.catalog.CatalogRequest;
import java.util.List;
import java.util.function.Consumer;

/** Adds a catalog entry or changes one. */
class CatalogEntryDialog extends Dialog {

    final CatalogEntryFields fields;
    final Button save = new Button("Save");
    final Div formError = new Div();

    /** @param onSave saves the request; throws {@link CatalogRejected} when the service refuses it */
    CatalogEntryDialog(String title, CatalogRequest request, boolean newEntry, Consumer<CatalogRequest> onSave) {
        setHeaderTitle(title);
        setMaxWidth("52em");
        addClassName("slipway-catalog-dialog");
        fields = new CatalogEntryFields(newEntry);
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        add(fields, formError);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save(onSave));
        getFooter().add(new Button("Cancel", event -> close()), save);

        fields.binder().setBean(request);
        fields.binder()
                .addStatusChangeListener(
                        event -> save.setEnabled(fields.binder().isValid()));
        save.setEnabled(fields.binder().isValid());
    }

    private void save(Consumer<CatalogRequest> onSave) {
        if (!fields.binder().validate().isOk()) {
            return;
        }
        try {
            onSave.accept(fields.binder().getBean());
            close();
        } catch (CatalogRejected rejected) {
            List<CatalogFieldError> rest = fields.showRejection(rejected.errors());
            formError.setText(rest.stream()
                    .map(CatalogFieldError::message)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(""));
            formError.setVisible(!rest.isEmpty());
        }
    }
}
