package io.slipway.installation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.slipway.storage.VolumeNotFound;
import io.slipway.storage.VolumeSummary;
import io.slipway.storage.Volumes;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * "Retained volumes" on My Apps: the member's volumes kept when their app was deleted, which still count against
 * their storage allocation. Each can be deleted with its data here, or taken over by a new install.
 */
class RetainedVolumes extends Div {

    static final String APP = "app";
    private static final DateTimeFormatter SINCE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Volumes volumes;
    private final UUID userId;
    /** Built when the member first has a retained volume: most never do, and every open My Apps would carry it. */
    Grid<VolumeSummary> grid;

    RetainedVolumes(Volumes volumes, UUID userId) {
        this.volumes = volumes;
        this.userId = userId;
        addClassName("slipway-retained-volumes");
        refresh();
    }

    private Component createGrid() {
        grid = new Grid<>();
        add(new H2("Retained volumes"));
        add(new Paragraph("Kept when their app was deleted; they count against your storage allocation. Choose one"
                + " under Persistence when you install an app to use its data again."));
        grid.addColumn(VolumeSummary::appName).setHeader("From app").setKey(APP);
        grid.addColumn(volume -> volume.sizeGib() + " GiB").setHeader("Size").setKey("size");
        grid.addColumn(VolumeSummary::type).setHeader("Type").setKey("type");
        grid.addColumn(volume -> SINCE.format(volume.retainedSince()))
                .setHeader("Retained since")
                .setKey("since");
        grid.addComponentColumn(this::deleteButton).setKey("actions");
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button deleteButton(VolumeSummary volume) {
        Button delete = new Button("Delete", event -> new DeleteVolumeDialog(volume, () -> delete(volume)).open());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setAriaLabel("Delete the volume of " + volume.appName());
        return delete;
    }

    private void delete(VolumeSummary volume) {
        try {
            volumes.deleteRetained(userId, volume.id());
        } catch (VolumeNotFound gone) {
            // Deleted meanwhile, in another tab: the refresh below shows that
        }
        refresh();
    }

    void refresh() {
        List<VolumeSummary> retained = volumes.retainedOf(userId);
        if (grid == null && !retained.isEmpty()) {
            add(createGrid());
        }
        if (grid != null) {
            grid.setItems(retained);
        }
        setVisible(!retained.isEmpty());
    }
}
