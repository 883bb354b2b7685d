package io.slipway.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.slipway.audit.AuditAction;
import io.slipway.audit.AuditFilter;
import io.slipway.audit.AuditLog;
import io.slipway.audit.AuditPerson;
import io.slipway.audit.AuditRecord;
import io.slipway.security.CurrentUser;
import io.slipway.team.MemberNotFound;
import io.slipway.team.TeamAdminOnly;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code team/audit}: the team's audit log, newest first, filterable by member and by action. A link may name the
 * member with {@code ?member=<id>}; an id that is not in the team's log gets the same "not found" whether it exists
 * elsewhere or not. Team admins only; the service checks the caller again.
 */
@Route("team/audit")
@PageTitle("Audit log · Slipway")
@Menu(title = "Audit log", order = 4)
@PermitAll
@TeamAdminOnly
class AuditView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditLog auditLog;
    private final UUID callerId;

    final ComboBox<AuditPerson> member = new ComboBox<>("Member");
    final ComboBox<AuditAction> action = new ComboBox<>("Action");
    final Div notice = new Div();
    final Grid<AuditRecord> grid = new Grid<>();

    AuditView(AuditLog auditLog, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.callerId = currentUser.id();
        addClassName("slipway-page");

        add(new H1("Audit log"));
        add(createFilters());
        notice.addClassName("slipway-form-error");
        notice.setVisible(false);
        add(notice);
        add(createGrid());
        show();
    }

    private HorizontalLayout createFilters() {
        List<AuditPerson> people = auditLog.people(callerId);
        member.setItems(people);
        member.setItemLabelGenerator(AuditPerson::name);
        member.setClearButtonVisible(true);
        member.setPlaceholder("Everyone");
        member.addValueChangeListener(event -> show());
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.setPlaceholder("All actions");
        action.addValueChangeListener(event -> show());
        return new HorizontalLayout(member, action);
    }

    private Grid<AuditRecord> createGrid() {
        grid.addClassName("slipway-audit-grid");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> TIME.format(entry.at()))
                .setHeader("When (UTC)")
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.action().label())
                .setHeader("Action")
                .setKey("action")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.actor() == null ? "" : entry.actor())
                .setHeader("By")
                .setKey("by")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.member() == null ? "" : entry.member())
                .setHeader("Member")
                .setKey("member")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::detail).setHeader("What").setKey("detail").setFlexGrow(1);
        grid.setHeight("70vh");
        return grid;
    }

    private void show() {
        AuditFilter filter = new AuditFilter(
                Optional.ofNullable(member.getValue()).map(AuditPerson::id).orElse(null), action.getValue());
        grid.setItems(
                query -> auditLog.entries(callerId, filter, query.getOffset(), query.getLimit()).stream(),
                query -> auditLog.count(callerId, filter));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notice.setVisible(false);
        event.getLocation().getQueryParameters().getSingleParameter("member").ifPresent(id -> {
            Optional<AuditPerson> person = parse(id)
                    .flatMap(uuid -> auditLog.people(callerId).stream()
                            .filter(p -> p.id().equals(uuid))
                            .findFirst());
            if (person.isPresent()) {
                member.setValue(person.get());
            } else {
                // The same answer for an unknown id and for someone of another team
                notice.setText(MemberNotFound.MESSAGE);
                notice.setVisible(true);
            }
        });
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
