package io.spinecare.booking.desk;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.PrerequisiteStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: the day's slots, each with what is booked in it; urgent reviews come first. */
@RestController
class DeskAgendaController implements DeskAgendaApiDocs {

    private final SlotBooking slots;
    private final Specialists specialists;
    private final AppointmentStore appointments;

    DeskAgendaController(SlotBooking slots, Specialists specialists, AppointmentStore appointments) {
        this.slots = slots;
        this.specialists = specialists;
        this.appointments = appointments;
    }

    record Agenda(LocalDate date, List<Entry> slots) {}

    @Schema(name = "AgendaEntry", description = "One slot of the day and what is booked in it.")
    record Entry(
            String id,
            String specialistId,
            java.time.OffsetDateTime start,
            java.time.OffsetDateTime end,
            String status,
            Booked appointment) {}

    @Schema(name = "AgendaAppointment", description = "The appointment booked in an agenda slot.")
    record Booked(
            String id,
            String reference,
            AppointmentStatus status,
            String patientName,
            ConsultationType consultationType,
            String conditionId,
            boolean urgentReview,
            boolean reviewAcknowledged,
            long outstandingScans) {

        static Booked of(Appointment a) {
            long outstanding = a.prerequisites().stream()
                    .filter(p -> p.status() == PrerequisiteStatus.MISSING || p.status() == PrerequisiteStatus.TOO_OLD)
                    .count();
            return new Booked(
                    a.id(),
                    a.reference(),
                    a.status(),
                    a.patient().name(),
                    a.consultationType(),
                    a.conditionId(),
                    a.urgentReview(),
                    a.reviewAcknowledged(),
                    outstanding);
        }
    }

    /** Urgent bookings head the day (ADR 0210); otherwise the slots keep their time order. */
    static final java.util.Comparator<Entry> URGENT_FIRST = java.util.Comparator.comparing(
            (Entry e) -> e.appointment() == null || !e.appointment().urgentReview());

    @GetMapping("/api/desk/agenda")
    @Override
    public Agenda agenda(@RequestParam LocalDate date, @RequestParam(required = false) String specialistId) {
        List<String> ids = specialistId != null
                ? List.of(specialistId)
                : specialists.list(null).stream().map(Specialist::id).toList();
        List<SlotView> day = slots.day(date, ids);
        List<String> booked = day.stream()
                .map(SlotView::appointmentId)
                .filter(Objects::nonNull)
                .toList();
        Map<String, Appointment> byId = booked.isEmpty()
                ? Map.of()
                : appointments.findAll(booked).stream().collect(Collectors.toMap(Appointment::id, Function.identity()));
        return new Agenda(
                date,
                day.stream()
                        .map(slot -> new Entry(
                                slot.id(),
                                slot.specialistId(),
                                slot.start(),
                                slot.end(),
                                slot.status().code(),
                                slot.appointmentId() == null || !byId.containsKey(slot.appointmentId())
                                        ? null
                                        : Booked.of(byId.get(slot.appointmentId()))))
                        .sorted(URGENT_FIRST)
                        .toList());
    }
}
