package io.slipway.installation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.catalog.CatalogItem;
import io.slipway.catalog.Protocol;
import io.slipway.help.Faq;
import io.slipway.installation.Access;
import io.slipway.installation.AppEdit;
import io.slipway.installation.AppSummary;
import io.slipway.installation.FieldError;
import io.slipway.installation.ImageReference;
import io.slipway.installation.InstallContext;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRejected;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallRequestValidator;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The install form, in the product's order: name, version, allocation, protocol and port, Advanced (env vars,
 * working directory), access, persistence. Install stays disabled while anything is invalid.
 */
class InstallForm extends Div {

    private final CatalogItem entry;
    private final boolean ownImage;
    private InstallContext context;
    private final Binder<InstallRequest> binder = new Binder<>(InstallRequest.class);
    private final Map<InstallField, HasValidation> fields = new EnumMap<>(InstallField.class);

    private final TextField name = new TextField("Application name");
    private final Select<String> tag = new Select<>();
    private final TextField typedVersion = new TextField("Version");
    private final IntegerSlider percent = new IntegerSlider("Resource allocation", 1, 100);
    private final ShareSummary share;
    private final RadioButtonGroup<Protocol> protocol = new RadioButtonGroup<>("Protocol");
    private final TextField port = new TextField("Port");
    private final RadioButtonGroup<Access> access = new RadioButtonGroup<>("Access");
    private final PersistenceFields persistence;
    private final Div formError = new Div();
    private final Button install = new Button("Install");
    private Binder.Binding<InstallRequest, Integer> percentBinding;

    InstallForm(
            CatalogItem entry,
            InstallContext context,
            Predicate<String> nameTaken,
            Consumer<InstallRequest> onInstall) {
        this(entry, false, context, nameTaken, onInstall, null);
    }

    /**
     * The same form for an app that exists: prefilled, the name read-only, the persistence shown but not offered
     * for change (Edit does not change a volume), and "Save and restart" instead of Install.
     */
    static InstallForm forEdit(AppEdit edit, Consumer<InstallRequest> onSave) {
        return new InstallForm(edit.entry(), false, edit.context(), name -> false, onSave, edit);
    }

    /** "Deploy your own image": the image reference and credentials first, then the same form, port left empty. */
    static InstallForm forOwnImage(
            InstallContext context, Predicate<String> nameTaken, Consumer<InstallRequest> onInstall) {
        return new InstallForm(OwnImageFields.ENTRY, true, context, nameTaken, onInstall, null);
    }

    private InstallForm(
            CatalogItem entry,
            boolean ownImage,
            InstallContext context,
            Predicate<String> nameTaken,
            Consumer<InstallRequest> onInstall,
            AppEdit edit) {
        this.entry = entry;
        this.ownImage = ownImage;
        this.context = context;
        this.share = new ShareSummary(context);
        this.persistence = edit == null ? new PersistenceFields(entry, context, binder, fields) : null;
        addClassName("slipway-install-form");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (ownImage) {
            form.add(new OwnImageFields(binder, fields));
        }
        form.add(createName(nameTaken));
        form.add(edit != null && edit.ownImage() ? createTypedVersion(edit.app().image()) : createTag());
        form.add(createAllocation());
        form.add(createProtocol());
        AdvancedSettings advanced = new AdvancedSettings(entry, binder, fields);
        form.add(advanced);
        form.add(createAccess());
        form.add(edit == null ? persistence : keptPersistence(edit.app()));
        add(form, createFormError(), createInstall(onInstall));

        if (edit == null) {
            binder.setBean(initialRequest(nameTaken));
        } else {
            name.setReadOnly(true);
            name.setHelperText("An app keeps its name");
            install.setText("Save and restart");
            binder.setBean(edit.request());
            if (!edit.request().getEnv().isEmpty()
                    || !edit.request().getWorkingDir().isEmpty()) {
                advanced.showAdvanced();
            }
        }
        // Without allocation left, say so at the slider at once, not only by a disabled Install button
        percentBinding.validate();
        binder.addStatusChangeListener(event -> install.setEnabled(binder.isValid()));
        install.setEnabled(binder.isValid());
    }

    /** Edit keeps the app's persistence: shown, not offered. */
    private static Component keptPersistence(AppSummary app) {
        String text = app.volume() == null
                ? app.persistence().label() + ": data is lost when the app restarts"
                : app.persistence().label() + ": " + app.volume().describe() + " at " + app.mountPath();
        Paragraph kept = new Paragraph(text + ". Edit does not change where an app keeps its data.");
        kept.addClassName("slipway-persistence-note");
        return new Div(new Span("Persistence"), kept);
    }

    private InstallRequest initialRequest(Predicate<String> nameTaken) {
        InstallRequest request = new InstallRequest();
        String suggested = entry.id();
        for (int i = 2; nameTaken.test(suggested); i++) {
            suggested = entry.id() + "-" + i;
        }
        request.setName(suggested);
        request.setTag(entry.defaultTag());
        request.setPercent(Math.max(1, Math.min(10, context.leftPercent())));
        request.setProtocol(entry.protocol());
        request.setPort(ownImage ? "" : String.valueOf(entry.port()));
        persistence.prefill(request, entry);
        return request;
    }

    private Component createName(Predicate<String> nameTaken) {
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(InstallRequestValidator.MAX_NAME_LENGTH + 24);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setHelperText("Lowercase letters, digits and '-'; at most 40 characters");
        binder.forField(name)
                .withValidator(FieldChecks.of(InstallRequestValidator::checkName))
                .withValidator(value -> !nameTaken.test(value), "Your team already has an app of this name")
                .bind(InstallRequest::getName, InstallRequest::setName);
        fields.put(InstallField.NAME, name);
        return name;
    }

    private Component createTag() {
        tag.setLabel("Version");
        tag.setItems(entry.tags());
        binder.forField(tag)
                .withValidator(FieldChecks.of(value -> InstallRequestValidator.checkTag(value, entry)))
                .bind(InstallRequest::getTag, InstallRequest::setTag);
        fields.put(InstallField.TAG, tag);
        // An own image's tag or digest is part of its reference
        tag.setVisible(!ownImage);
        return tag;
    }

    /** An own image's edit: any tag or digest of the same image, typed, as a new release of it would need. */
    private Component createTypedVersion(String image) {
        typedVersion.setRequiredIndicatorVisible(true);
        typedVersion.setWidthFull();
        typedVersion.setValueChangeMode(ValueChangeMode.EAGER);
        typedVersion.setHelperText("A tag such as 1.4, or a sha256 digest, of " + image);
        binder.forField(typedVersion)
                .withValidator(FieldChecks.of(ImageReference::checkVersion))
                .bind(InstallRequest::getTag, InstallRequest::setTag);
        fields.put(InstallField.TAG, typedVersion);
        return typedVersion;
    }

    private Component createAllocation() {
        percent.setValueAlwaysVisible(true);
        // Room above the track for the value's bubble, which otherwise covers the label
        percent.addClassName("slipway-share-slider");
        percent.setMinMaxVisible(true);
        // The default (ON_CHANGE) sends the value only when the handle is released; the figures must follow the drag
        percent.setValueChangeMode(ValueChangeMode.EAGER);
        percent.setWidthFull();
        percent.setHelperText("A share of your own allocation");
        percent.addValueChangeListener(event -> share.show(event.getValue()));
        percentBinding = binder.forField(percent)
                .withValidator(FieldChecks.of(InstallRequestValidator::checkPercent))
                .withValidator(FieldChecks.of(value -> context.shareProblem(value)))
                .bind(InstallRequest::getPercent, InstallRequest::setPercent);
        fields.put(InstallField.PERCENT, percent);
        Anchor how = new Anchor(Faq.ALLOCATION.href(), "How is this worked out?");
        how.addClassName("slipway-help-link");
        return new Div(percent, share, how);
    }

    private Component createProtocol() {
        protocol.setItems(Protocol.values());
        binder.forField(protocol)
                .asRequired("Choose HTTP or TCP")
                .bind(InstallRequest::getProtocol, InstallRequest::setProtocol);
        fields.put(InstallField.PROTOCOL, protocol);

        port.setValueChangeMode(ValueChangeMode.EAGER);
        port.setWidth("8em");
        binder.forField(port)
                .withValidator(FieldChecks.of(InstallRequestValidator::checkPort))
                .bind(InstallRequest::getPort, InstallRequest::setPort);
        fields.put(InstallField.PORT, port);
        Div row = new Div(protocol, port);
        row.addClassName("slipway-row");
        return row;
    }

    private Component createAccess() {
        access.setItems(Access.values());
        access.setItemLabelGenerator(value -> value == Access.PUBLIC
                ? "Public: reachable from the internet"
                : "Private: reachable only inside your team's namespace");
        binder.forField(access)
                .asRequired("Choose Public or Private")
                .bind(InstallRequest::getAccess, InstallRequest::setAccess);
        fields.put(InstallField.ACCESS, access);
        return access;
    }

    private Component createFormError() {
        formError.addClassName("slipway-form-error");
        formError.setVisible(false);
        return formError;
    }

    private Component createInstall(Consumer<InstallRequest> onInstall) {
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.addClickListener(event -> {
            if (binder.validate().isOk()) {
                formError.setVisible(false);
                onInstall.accept(binder.getBean());
            }
        });
        return install;
    }

    /** Shows what the server refused, each message at its field. */
    /**
     * Takes the member's allocation and use as they are now: a refusal may come from a share another tab or a team
     * admin changed since the form opened, and the figures and the share check must not go on promising it.
     */
    void useContext(InstallContext fresh) {
        this.context = fresh;
        share.use(fresh);
        share.show(percent.getValue());
    }

    void showRejection(InstallRejected rejection) {
        for (FieldError error : rejection.errors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                formError.setText(error.message());
                formError.setVisible(true);
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
    }

    Binder<InstallRequest> binder() {
        return binder;
    }
}
