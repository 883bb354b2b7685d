package io.slipway.team.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.slipway.base.ui.FieldChecks;
import io.slipway.plan.Allocation;
import io.slipway.team.AllocationInput;
import io.slipway.team.AllocationRequest;
import io.slipway.team.PoolFit;
import io.slipway.team.PoolUse;
import io.slipway.team.TeamField;
import io.slipway.team.TeamFieldError;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * CPU, memory and storage of one member's allocation, checked as the admin types: the input itself, and whether
 * it fits the pool beside what the other members hold. The service checks both again.
 */
class AllocationFields extends Div {

    final TextField cpu = new TextField("CPU");
    final TextField memory = new TextField("Memory");
    final TextField storage = new TextField("Storage");
    private final Binder<AllocationRequest> binder = new Binder<>(AllocationRequest.class);
    private final Map<TeamField, HasValidation> fields = new EnumMap<>(TeamField.class);

    /** @param others what the other members of the team hold */
    AllocationFields(PoolUse pool, Allocation others) {
        addClassName("slipway-allocation-fields");
        configure(cpu, "Cores (1.5) or millicores (1500m)", TeamField.CPU);
        configure(memory, "MiB (2048) or GiB (2 GiB)", TeamField.MEMORY);
        configure(
                storage,
                pool.offersStorage() ? "GiB of volume storage" : "Your plan has no volume storage",
                TeamField.STORAGE);

        binder.forField(cpu)
                .withValidator(FieldChecks.of(AllocationInput::checkCpu))
                .withValidator(FieldChecks.of(
                        fits(pool, others, TeamField.CPU, v -> new Allocation(AllocationInput.parseCpu(v), 0, 0))))
                .bind(AllocationRequest::getCpu, AllocationRequest::setCpu);
        binder.forField(memory)
                .withValidator(FieldChecks.of(AllocationInput::checkMemory))
                .withValidator(FieldChecks.of(fits(
                        pool, others, TeamField.MEMORY, v -> new Allocation(0, AllocationInput.parseMemory(v), 0))))
                .bind(AllocationRequest::getMemory, AllocationRequest::setMemory);
        binder.forField(storage)
                .withValidator(FieldChecks.of(AllocationInput::checkStorage))
                .withValidator(FieldChecks.of(fits(
                        pool, others, TeamField.STORAGE, v -> new Allocation(0, 0, AllocationInput.parseStorage(v)))))
                .bind(AllocationRequest::getStorage, AllocationRequest::setStorage);
        add(cpu, memory, storage);
    }

    private void configure(TextField field, String helper, TeamField key) {
        field.setHelperText(helper);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setRequiredIndicatorVisible(true);
        fields.put(key, field);
    }

    private static Function<String, Optional<String>> fits(
            PoolUse pool, Allocation others, TeamField field, Function<String, Allocation> parse) {
        return value -> PoolFit.problems(pool.planName(), pool.pool(), others, parse.apply(value)).stream()
                .filter(error -> error.field() == field)
                .map(TeamFieldError::message)
                .findFirst();
    }

    Binder<AllocationRequest> binder() {
        return binder;
    }

    /** Shows the server's refusals at their fields; returns those that belong to no field here. */
    List<TeamFieldError> showRejection(List<TeamFieldError> errors) {
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
