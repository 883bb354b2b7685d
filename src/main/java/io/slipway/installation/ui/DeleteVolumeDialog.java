package io.slipway.installation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.storage.VolumeSummary;

/** Asks before a retained volume and its data are deleted for good. */
class DeleteVolumeDialog extends Dialog {

    final Button delete = new Button("Delete volume and data");

    DeleteVolumeDialog(VolumeSummary volume, Runnable onDelete) {
        setHeaderTitle("Delete the volume of " + volume.appName() + "?");
        add(new Paragraph("Its " + volume.describe() + " of data are deleted and cannot be brought back. The "
                + volume.sizeGib() + " GiB go back to your storage allocation."));
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.addClickListener(event -> {
            onDelete.run();
            close();
        });
        getFooter().add(new Button("Cancel", event -> close()), delete);
    }
}
