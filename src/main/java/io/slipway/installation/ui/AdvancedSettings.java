package io.slipway.installation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.catalog.CatalogItem;
import io.slipway.installation.InstallField;
import io.slipway.installation.InstallRequest;
import io.slipway.installation.InstallRequestValidator;
import java.util.List;
import java.util.Map;

/** "Install with default" or "Advanced": the latter reveals env vars and the working directory. */
class AdvancedSettings extends Div {

    static final String DEFAULT = "Install with default";
    static final String ADVANCED = "Advanced";

    /** Marks the working directory while its helper text warns about what the user typed. */
    static final String WARNING = "slipway-field-warning";

    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Settings");
    private final EnvEditor env;
    private final TextField workingDir = new TextField("Working directory");
    private final Div advanced;

    AdvancedSettings(CatalogItem entry, Binder<InstallRequest> binder, Map<InstallField, HasValidation> fields) {
        env = new EnvEditor(entry.envHints());
        binder.forField(env)
                .withValidator(FieldChecks.of(InstallRequestValidator::checkEnv))
                .bind(InstallRequest::getEnv, InstallRequest::setEnv);
        fields.put(InstallField.ENV, env);

        workingDir.setPlaceholder("/");
        workingDir.setValueChangeMode(ValueChangeMode.EAGER);
        workingDir.setHelperText(workingDirHelp(entry));
        if (entry.relativeCommand()) {
            // A warning, not a refusal: the user may know a directory where the command is found as well
            workingDir.addValueChangeListener(event -> workingDir.setClassName(
                    WARNING, event.getValue() != null && !event.getValue().isBlank()));
        }
        binder.forField(workingDir)
                .withValidator(FieldChecks.of(InstallRequestValidator::checkWorkingDir))
                .bind(InstallRequest::getWorkingDir, InstallRequest::setWorkingDir);
        fields.put(InstallField.WORKING_DIR, workingDir);

        advanced = new Div(env, workingDir);
        advanced.addClassName("slipway-advanced");
        advanced.setVisible(false);

        mode.setItems(DEFAULT, ADVANCED);
        mode.setValue(DEFAULT);
        mode.addValueChangeListener(event -> show(ADVANCED.equals(event.getValue())));
        add(mode, advanced);
    }

    private static String workingDirHelp(CatalogItem entry) {
        if (!entry.relativeCommand()) {
            return "An absolute path; leave empty to keep the image's own";
        }
        String command = entry.command() == null ? "a relative command" : "the relative command " + entry.command();
        return "Careful: " + entry.name() + " starts with " + command + ", found from the image's own working"
                + " directory; in another one it may not start. Leave this empty unless you know it works.";
    }

    /** Opens Advanced, for a form prefilled with env vars or a working directory. */
    void showAdvanced() {
        mode.setValue(ADVANCED);
    }

    private void show(boolean chosen) {
        advanced.setVisible(chosen);
        if (!chosen) {
            // "Install with default" means that: no hidden settings installed, none blocking Install unseen
            env.setValue(List.of());
            workingDir.clear();
        }
    }
}
