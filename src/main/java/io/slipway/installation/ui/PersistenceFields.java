package io.slipway.installation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.catalog.CatalogItem;
import io.slipway.help.Faq;
import io.slipway.installation.InstallContext;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.Persistence;
import io.slipway.storage.VolumeChecks;
import io.slipway.storage.VolumeOptions;
import io.slipway.storage.VolumeSummary;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The install form's persistence section. Free teams read that data is lost on restart; Premium teams choose
 * Ephemeral or a persistent volume: a new one (type, size, mount path) or one of their retained volumes.
 */
class PersistenceFields extends Div {

    static final String DEFAULT_MOUNT_PATH = "/data";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final VolumeOptions options;
    private final RadioButtonGroup<Persistence> persistence = new RadioButtonGroup<>("Persistence");
    private final Select<VolumeSummary> retained = new Select<>();
    private final Select<String> type = new Select<>();
    private final IntegerField size = new IntegerField("Size (GiB)");
    private final TextField mountPath = new TextField("Mount path");
    private final Div volume = new Div();
    private final List<Binder.Binding<InstallRequest, ?>> volumeBindings = new ArrayList<>();

    PersistenceFields(
            CatalogItem entry,
            InstallContext context,
            Binder<InstallRequest> binder,
            Map<InstallField, HasValidation> fields) {
        this.options = context.volumes();
        addClassName("slipway-persistence");
        createPersistence(binder, fields);
        if (!options.offered()) {
            persistence.setVisible(false);
            Paragraph note = new Paragraph("Not persistent: data is lost when the app restarts. ");
            note.add(new Anchor(Faq.PERSISTENCE.href(), "Why?"));
            note.addClassName("slipway-persistence-note");
            add(new Span("Persistence"), note, persistence);
            return;
        }
        createRetained(binder, fields);
        createType(binder, fields);
        createSize(binder, fields);
        createMountPath(entry, binder, fields);
        volume.addClassName("slipway-volume");
        volume.setVisible(false);
        add(persistence, volume);
    }

    /** The volume fields a new request starts with: the first type, 1 GiB, the entry's data path. */
    void prefill(InstallRequest request, CatalogItem entry) {
        if (options.offered()) {
            request.setVolumeType(options.types().getFirst());
            request.setVolumeSizeGib(1);
            request.setMountPath(entry.dataMountPath() != null ? entry.dataMountPath() : DEFAULT_MOUNT_PATH);
        }
    }

    private void createPersistence(Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        persistence.setItems(options.offered() ? List.of(Persistence.values()) : List.of(Persistence.EPHEMERAL));
        persistence.setItemLabelGenerator(value -> value == Persistence.EPHEMERAL
                ? "Ephemeral: data is lost when the app restarts"
                : "Persistent volume: data survives restarts");
        binder.forField(persistence)
                .asRequired("Choose how the app keeps its data")
                .bind(InstallRequest::getPersistence, InstallRequest::setPersistence);
        persistence.addValueChangeListener(event -> showVolume());
        fields.put(InstallField.PERSISTENCE, persistence);
    }

    private void createRetained(Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        retained.setLabel("Volume");
        retained.setItems(options.retained());
        retained.setEmptySelectionAllowed(true);
        retained.setEmptySelectionCaption("A new volume");
        retained.setItemLabelGenerator(PersistenceFields::describeRetained);
        retained.setVisible(!options.retained().isEmpty());
        retained.setHelperText("A retained volume keeps its data and its size");
        binder.forField(retained)
                .bind(
                        request -> find(request.getRetainedVolumeId()).orElse(null),
                        (request, chosen) -> request.setRetainedVolumeId(chosen == null ? null : chosen.id()));
        retained.addValueChangeListener(event -> showVolume());
        fields.put(InstallField.RETAINED_VOLUME, retained);
        volume.add(retained);
    }

    private void createType(Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        type.setLabel("Volume type");
        type.setItems(options.types());
        volumeBindings.add(binder.forField(type)
                .withValidator(FieldChecks.of(
                        value -> newVolume() ? VolumeChecks.checkType(value, options.types()) : Optional.empty()))
                .bind(InstallRequest::getVolumeType, InstallRequest::setVolumeType));
        fields.put(InstallField.VOLUME_TYPE, type);
        volume.add(type);
    }

    private void createSize(Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        // No setMin: the field's own constraint check would mark it invalid without our message
        size.setStepButtonsVisible(true);
        size.setValueChangeMode(ValueChangeMode.EAGER);
        size.setHelperText(options.leftGib() + " GiB of your storage allocation left");
        volumeBindings.add(binder.forField(size)
                .withValidator(FieldChecks.of(
                        value -> newVolume() ? VolumeChecks.checkSize(value, options.leftGib()) : Optional.empty()))
                .bind(InstallRequest::getVolumeSizeGib, InstallRequest::setVolumeSizeGib));
        fields.put(InstallField.VOLUME_SIZE, size);
        volume.add(size);
    }

    private void createMountPath(
            CatalogItem entry, Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        mountPath.setValueChangeMode(ValueChangeMode.EAGER);
        mountPath.setHelperText(
                entry.dataMountPath() != null
                        ? "Where " + entry.name() + " keeps its data"
                        : "The directory where the app keeps its data; an absolute path");
        volumeBindings.add(binder.forField(mountPath)
                .withValidator(
                        FieldChecks.of(value -> persistent() ? VolumeChecks.checkMountPath(value) : Optional.empty()))
                .bind(InstallRequest::getMountPath, InstallRequest::setMountPath));
        fields.put(InstallField.MOUNT_PATH, mountPath);
        volume.add(mountPath);
    }

    private void showVolume() {
        volume.setVisible(persistent());
        type.setVisible(newVolume());
        size.setVisible(newVolume());
        volumeBindings.forEach(Binder.Binding::validate);
    }

    private boolean persistent() {
        return persistence.getValue() == Persistence.VOLUME;
    }

    private boolean newVolume() {
        return persistent() && retained.getValue() == null;
    }

    private Optional<VolumeSummary> find(UUID id) {
        return options.retained().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    private static String describeRetained(VolumeSummary volume) {
        if (volume == null) {
            return "A new volume";
        }
        return "Retained from " + volume.appName() + ": " + volume.describe() + ", since "
                + DAY.format(volume.retainedSince());
    }
}
