package io.slipway.installation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.installation.AppSummary;
import java.util.function.Consumer;

/**
 * Deleting an app asks for its name, typed out; an app with a persistent volume also asks whether its data goes
 * too (unchecked: the volume is kept as a retained volume).
 */
class DeleteAppDialog extends Dialog {

    final TextField confirmation = new TextField("Type the app's name to confirm");
    final Checkbox deleteData = new Checkbox("Also delete its data");
    final Button deleteButton = new Button("Delete");

    DeleteAppDialog(AppSummary app, Consumer<Boolean> onDelete) {
        setHeaderTitle("Delete " + app.name() + "?");
        addClassName("slipway-delete-dialog");

        Paragraph what = new Paragraph("This stops " + app.name() + " and removes it from the cluster. Its share of "
                + app.owner() + "'s allocation becomes free.");
        confirmation.setPlaceholder(app.name());
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(event -> check(app));
        deleteData.setVisible(app.hasVolume());
        deleteData.setHelperText("Unchecked, the volume stays under Retained volumes and can be attached again");
        add(what, confirmation, deleteData);

        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        deleteButton.setEnabled(false);
        deleteButton.addClickListener(event -> {
            if (check(app)) {
                close();
                onDelete.accept(app.hasVolume() && deleteData.getValue());
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), deleteButton);
    }

    private boolean check(AppSummary app) {
        boolean matches = app.name().equals(confirmation.getValue());
        boolean typed = !confirmation.getValue().isEmpty();
        confirmation.setInvalid(typed && !matches);
        confirmation.setErrorMessage(typed && !matches ? "This is not the app's name: type " + app.name() : null);
        deleteButton.setEnabled(matches);
        return matches;
    }
}
