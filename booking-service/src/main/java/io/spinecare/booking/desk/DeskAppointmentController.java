package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.CancellationReason;
import io.spinecare.booking.audit.AuditLog;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: find appointments and run the day (check-in, complete, no-show, verify scans). */
@RestController
@RequestMapping("/api/desk/appointments")
class DeskAppointmentController implements DeskAppointmentApiDocs {

    private final DeskAppointments desk;
    private final AuditLog audit;

    DeskAppointmentController(DeskAppointments desk, AuditLog audit) {
        this.desk = desk;
        this.audit = audit;
    }

    record NoteRequest(@Size(max = 500) String note) {}

    record CorrectionRequest(@NotNull AppointmentStatus status, @NotBlank @Size(max = 500) String reason) {}

    record StaffCancelRequest(@NotNull CancellationReason reason) {}

    @GetMapping
    @Override
    public List<DeskAppointmentView> search(@RequestParam String q) {
        // urgent reviews first (a stable sort keeps the store's time order within each group)
        return desk.search(q).stream()
                .map(DeskAppointmentView::of)
                .sorted(java.util.Comparator.comparing((DeskAppointmentView v) -> !v.urgentReview()))
                .toList();
    }

    @GetMapping("/{id}")
    @Override
    public DeskAppointmentView get(@PathVariable String id) {
        return DeskAppointmentView.of(desk.get(id));
    }

    @PostMapping("/{id}/check-in")
    @Override
    public DeskAppointmentView checkIn(@PathVariable String id, @AuthenticationPrincipal Jwt staff) {
        return audited("appointment.check-in", () -> desk.checkIn(id, staff.getSubject()));
    }

    @PostMapping("/{id}/complete")
    @Override
    public DeskAppointmentView complete(@PathVariable String id, @AuthenticationPrincipal Jwt staff) {
        return audited("appointment.complete", () -> desk.complete(id, staff.getSubject()));
    }

    @PostMapping("/{id}/no-show")
    @Override
    public DeskAppointmentView noShow(@PathVariable String id, @AuthenticationPrincipal Jwt staff) {
        return audited("appointment.no-show", () -> desk.noShow(id, staff.getSubject()));
    }

    @PostMapping("/{id}/verify-prerequisites")
    @Override
    public DeskAppointmentView verify(
            @PathVariable String id,
            @AuthenticationPrincipal Jwt staff,
            @RequestBody(required = false) NoteRequest request) {
        return audited(
                "appointment.verify-prerequisites",
                () -> desk.verifyPrerequisites(id, staff.getSubject(), request == null ? null : request.note()));
    }

    @PostMapping("/{id}/correct-status")
    @Override
    public DeskAppointmentView correct(
            @PathVariable String id, @AuthenticationPrincipal Jwt staff, @RequestBody CorrectionRequest request) {
        return audited(
                "appointment.correct-status",
                () -> desk.correct(id, staff.getSubject(), request.status(), request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @Override
    public DeskAppointmentView cancel(
            @PathVariable String id, @AuthenticationPrincipal Jwt staff, @RequestBody StaffCancelRequest request) {
        return audited("appointment.cancel", () -> desk.cancel(id, staff.getSubject(), request.reason()));
    }

    /** Runs a desk change and records it, its before and after read from the history line it added. */
    private DeskAppointmentView audited(String action, Supplier<Appointment> change) {
        Appointment changed = change.get();
        audit.record(
                action,
                "appointment",
                changed.id(),
                AppointmentSummaries.before(changed),
                AppointmentSummaries.after(changed));
        return DeskAppointmentView.of(changed);
    }
}
