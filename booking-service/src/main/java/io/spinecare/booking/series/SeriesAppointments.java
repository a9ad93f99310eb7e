package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.Prerequisite;
import io.spinecare.booking.appointment.References;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.system.Revisions;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Necessity;
import io.spinecare.content.PrerequisiteStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The appointment a confirmed visit becomes: post-operative, its scans due before the visit day. */
final class SeriesAppointments {

    static final String ACTOR = "patient:series";

    private SeriesAppointments() {}

    static Appointment of(
            FollowUpSeries series, SeriesVisit visit, SlotView taken, Specialist specialist, Instant now) {
        SeriesVisit.ProposedSlot slot = visit.slot();
        LocalDate day = slot.start().atZone(java.time.ZoneId.of(slot.zone())).toLocalDate();
        List<Prerequisite> scans = visit.imaging().stream()
                .map(scan -> new Prerequisite(
                        scan.modality(),
                        series.region(),
                        PrerequisiteStatus.MISSING,
                        day,
                        (int) (scan.takenWithin().toTotalMonths() * 30
                                + scan.takenWithin().getDays()),
                        Necessity.MANDATORY,
                        scan.modality().name() + " of the operated level, taken within " + scan.takenWithin()
                                + " before the visit"))
                .toList();
        AppointmentStatus status = scans.isEmpty() ? AppointmentStatus.BOOKED : AppointmentStatus.PENDING;
        return new Appointment(
                visit.appointmentId(),
                Revisions.of(visit.appointmentId(), 0),
                0,
                References.next(),
                slot.slotId(),
                new Appointment.SpecialistSnapshot(specialist.id(), specialist.name(), specialist.subSpecialty()),
                taken.location(),
                taken.mode(),
                slot.start(),
                slot.end(),
                slot.zone(),
                ConsultationType.POST_OPERATIVE,
                series.conditionId(),
                null,
                series.patient(),
                List.of(),
                scans,
                Map.of(),
                false,
                status,
                false,
                null,
                1,
                now,
                null,
                List.of(new HistoryEntry(
                        now, ACTOR, HistoryEntry.Action.BOOKED, null, status, "follow-up " + visit.visitId())),
                List.of());
    }
}
