package io.slipway.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.plan.PlanField;
import io.slipway.plan.PlanFieldError;
import io.slipway.plan.PlanInput;
import io.slipway.plan.PlanRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The fields of one plan, checked as the platform admin types; the service checks them again. */
class PlanFields extends FormLayout {

    final TextField name = new TextField("Name");
    final TextField cpu = new TextField("CPU (millicores)");
    final TextField memory = new TextField("Memory (MiB)");
    final TextField storage = new TextField("Volume storage (GiB)");
    final TextField maxApps = new TextField("Apps at most");
    final CheckboxGroup<String> volumeTypes = new CheckboxGroup<>("Volume types offered");
    final TextField price = new TextField("Monthly price");
    private final Binder<PlanRequest> binder = new Binder<>(PlanRequest.class);
    private final Map<PlanField, HasValidation> fields = new EnumMap<>(PlanField.class);

    PlanFields(List<String> knownVolumeTypes) {
        addClassName("slipway-plan-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        configure(name, null, PlanField.NAME);
        configure(cpu, "1000 m = 1 core", PlanField.CPU);
        configure(memory, "1024 MiB = 1 GiB", PlanField.MEMORY);
        configure(storage, "0 for a plan without persistent volumes", PlanField.STORAGE);
        configure(maxApps, "How many apps a team may run", PlanField.MAX_APPS);
        configure(price, "e.g. 49 or 49.90; 0 for a free plan", PlanField.PRICE);
        volumeTypes.setItems(knownVolumeTypes);
        fields.put(PlanField.VOLUME_TYPES, volumeTypes);

        binder.forField(name)
                .withValidator(FieldChecks.of(PlanInput::checkName))
                .bind(PlanRequest::getName, PlanRequest::setName);
        binder.forField(cpu)
                .withValidator(FieldChecks.of(PlanInput::checkCpu))
                .bind(PlanRequest::getCpu, PlanRequest::setCpu);
        binder.forField(memory)
                .withValidator(FieldChecks.of(PlanInput::checkMemory))
                .bind(PlanRequest::getMemory, PlanRequest::setMemory);
        binder.forField(storage)
                .withValidator(FieldChecks.of(PlanInput::checkStorage))
                .bind(PlanRequest::getStorage, PlanRequest::setStorage);
        binder.forField(maxApps)
                .withValidator(FieldChecks.of(PlanInput::checkMaxApps))
                .bind(PlanRequest::getMaxApps, PlanRequest::setMaxApps);
        var types = binder.forField(volumeTypes)
                .withValidator(FieldChecks.of(
                        chosen -> PlanInput.checkVolumeTypes(chosen, storage.getValue(), knownVolumeTypes)))
                .bind(PlanRequest::getVolumeTypes, PlanRequest::setVolumeTypes);
        binder.forField(price)
                .withValidator(FieldChecks.of(PlanInput::checkPrice))
                .bind(PlanRequest::getPrice, PlanRequest::setPrice);
        storage.addValueChangeListener(event -> types.validate());

        add(name, price, cpu, memory, storage, maxApps, volumeTypes);
        setColspan(volumeTypes, 2);
    }

    private void configure(TextField field, String helper, PlanField key) {
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setRequiredIndicatorVisible(true);
        fields.put(key, field);
    }

    Binder<PlanRequest> binder() {
        return binder;
    }

    /** Shows the server's refusals at their fields; returns those that belong to no field here. */
    List<PlanFieldError> showRejection(List<PlanFieldError> errors) {
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
