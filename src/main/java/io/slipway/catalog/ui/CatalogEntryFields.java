package io.slipway.catalog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.catalog.CatalogField;
import io.slipway.catalog.CatalogFieldError;
import io.slipway.catalog.CatalogInput;
import io.slipway.catalog.CatalogRequest;
import io.slipway.catalog.Protocol;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The fields of one catalog entry, checked as the platform admin types; the service checks them again. */
class CatalogEntryFields extends FormLayout {

    final TextField id = new TextField("Id");
    final TextField name = new TextField("Name");
    final TextField category = new TextField("Category");
    final TextArea description = new TextArea("Description");
    final TextField image = new TextField("Image");
    final TextField tags = new TextField("Tags");
    final RadioButtonGroup<Protocol> protocol = new RadioButtonGroup<>("Protocol");
    final TextField port = new TextField("Port");
    final TextField healthPath = new TextField("Health-check path");
    final TextField dataMountPath = new TextField("Data path");
    final TextField runAsUser = new TextField("Runs as user");
    final TextField docsUrl = new TextField("Documentation");
    final TextArea envHints = new TextArea("Suggested env vars");
    private final Binder<CatalogRequest> binder = new Binder<>(CatalogRequest.class);
    private final Map<CatalogField, HasValidation> fields = new EnumMap<>(CatalogField.class);

    /** @param newEntry whether the id can be chosen; an existing entry's id names its install address */
    CatalogEntryFields(boolean newEntry) {
        addClassName("slipway-catalog-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        configure(id, "Lowercase letters, digits and '-': the install address is install/<id>", CatalogField.ID);
        id.setReadOnly(!newEntry);
        configure(name, null, CatalogField.NAME);
        configure(category, "e.g. Database, Web server, Streaming", CatalogField.CATEGORY);
        configure(description, "One or two sentences on the card", CatalogField.DESCRIPTION);
        configure(image, "As docker pull takes it, without the tag: nginx, grafana/grafana", CatalogField.IMAGE);
        configure(tags, "Comma-separated, the default first; only tags that start on their own", CatalogField.TAGS);
        configure(port, "The port the image listens on", CatalogField.PORT);
        configure(healthPath, "HTTP apps: probed before the app counts as running; empty for none", null);
        configure(dataMountPath, "Where the image keeps its data, prefilled for volumes; empty for none", null);
        configure(runAsUser, "The user id of a non-root image; its volumes get that group", null);
        configure(docsUrl, "https://… the image's documentation", CatalogField.DOCS_URL);
        configure(envHints, "One per line: NAME | what it does | example (the example is optional)", null);
        fields.put(CatalogField.HEALTH_PATH, healthPath);
        fields.put(CatalogField.DATA_MOUNT_PATH, dataMountPath);
        fields.put(CatalogField.RUN_AS_USER, runAsUser);
        fields.put(CatalogField.ENV_HINTS, envHints);
        protocol.setItems(Protocol.values());
        protocol.setRequiredIndicatorVisible(true);
        fields.put(CatalogField.PROTOCOL, protocol);

        binder.forField(id).withValidator(FieldChecks.of(CatalogInput::checkId)).bind("id");
        binder.forField(name)
                .withValidator(FieldChecks.of(CatalogInput::checkName))
                .bind("name");
        binder.forField(category)
                .withValidator(FieldChecks.of(CatalogInput::checkCategory))
                .bind("category");
        binder.forField(description)
                .withValidator(FieldChecks.of(CatalogInput::checkDescription))
                .bind("description");
        binder.forField(image)
                .withValidator(FieldChecks.of(CatalogInput::checkImage))
                .bind("image");
        binder.forField(tags)
                .withValidator(FieldChecks.of(CatalogInput::checkTags))
                .bind("tags");
        binder.forField(protocol).asRequired("Choose HTTP or TCP").bind("protocol");
        binder.forField(port)
                .withValidator(FieldChecks.of(CatalogInput::checkPort))
                .bind("port");
        var health = binder.forField(healthPath)
                .withValidator(FieldChecks.of(path -> CatalogInput.checkHealthPath(path, protocol.getValue())))
                .bind("healthPath");
        binder.forField(dataMountPath)
                .withValidator(FieldChecks.of(CatalogInput::checkDataMountPath))
                .bind("dataMountPath");
        binder.forField(runAsUser)
                .withValidator(FieldChecks.of(CatalogInput::checkRunAsUser))
                .bind("runAsUser");
        binder.forField(docsUrl)
                .withValidator(FieldChecks.of(CatalogInput::checkDocsUrl))
                .bind("docsUrl");
        binder.forField(envHints)
                .withValidator(FieldChecks.of(CatalogInput::checkEnvHints))
                .bind("envHints");
        protocol.addValueChangeListener(event -> health.validate());

        add(
                id,
                name,
                category,
                image,
                description,
                tags,
                protocol,
                port,
                healthPath,
                dataMountPath,
                runAsUser,
                docsUrl,
                envHints);
        setColspan(description, 2);
        setColspan(envHints, 2);
    }

    private void configure(TextFieldBase<?, String> field, String helper, CatalogField key) {
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        if (key != null) {
            field.setRequiredIndicatorVisible(true);
            fields.put(key, field);
        }
    }

    Binder<CatalogRequest> binder() {
        return binder;
    }

    /** Shows the server's refusals at their fields; returns those that belong to no field here. */
    List<CatalogFieldError> showRejection(List<CatalogFieldError> errors) {
        return errors.stream()
                .filter(error -> {
                    HasValidation field = fields.get(error.field());
                    if (field == null) {
                        return true;
                    }
                    field.setErrorMessage(error.message());
                    field.setInvalid(true);
                    return false;
                })
                .toList();
    }
}
