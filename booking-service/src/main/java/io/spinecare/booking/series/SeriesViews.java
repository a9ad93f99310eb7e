package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.outbox.SeriesEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds {@link SeriesView}: a confirmed visit is shown as its appointment now is. */
@Component
public class SeriesViews {

    private final AppointmentStore appointments;

    SeriesViews(AppointmentStore appointments) {
        this.appointments = appointments;
    }

    public SeriesView of(FollowUpSeries series) {
        boolean confirmed = series.status() != FollowUpSeries.SeriesStatus.PROPOSED;
        Map<String, Appointment> booked = confirmed
                ? appointments
                        .findAll(series.visits().stream()
                                .map(SeriesVisit::appointmentId)
                                .filter(java.util.Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Appointment::id, Function.identity()))
                : Map.of();
        // a booked visit is shown where its appointment is now, which a reschedule may have changed
        FollowUpSeries shown = series.withVisits(v -> {
            Appointment appointment = appointmentOf(v, booked);
            return appointment == null ? v : v.withSlot(SeriesVisit.ProposedSlot.bookedAs(appointment));
        });
        SeriesEvent event = SeriesEvents.of(shown);
        List<SeriesView.VisitView> visits = event.visits().stream()
                .map(v -> visit(v, appointmentOf(series.visit(v.visitId()), booked)))
                .toList();
        return new SeriesView(
                series.id(),
                series.appointmentId(),
                event.status(),
                series.procedureId(),
                series.surgeryDate(),
                series.surgeonId(),
                visits,
                series.status() == FollowUpSeries.SeriesStatus.PROPOSED
                        ? series.visits().stream()
                                .filter(v -> !v.planned())
                                .map(SeriesVisit::visitId)
                                .toList()
                        : List.of());
    }

    private static Appointment appointmentOf(SeriesVisit visit, Map<String, Appointment> booked) {
        return visit.appointmentId() == null ? null : booked.get(visit.appointmentId());
    }

    private static SeriesView.VisitView visit(SeriesEvent.Visit v, Appointment appointment) {
        return new SeriesView.VisitView(
                v.visitId(),
                v.name(),
                v.earliest(),
                v.target(),
                v.latest(),
                v.imaging(),
                v.slotId(),
                v.specialistId(),
                v.specialistName(),
                v.start(),
                v.end(),
                v.timeZone(),
                appointment == null ? null : appointment.id(),
                appointment == null ? null : appointment.reference(),
                appointment == null ? null : appointment.status().code());
    }
}
