package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.outbox.SeriesEvent;
import io.spinecare.booking.system.ClinicTime;
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
        SeriesEvent event = SeriesEvents.of(series);
        List<SeriesView.VisitView> visits = event.visits().stream()
                .map(v -> {
                    String appointmentId = series.visit(v.visitId()).appointmentId();
                    return visit(v, appointmentId == null ? null : booked.get(appointmentId));
                })
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

    private static SeriesView.VisitView visit(SeriesEvent.Visit v, Appointment appointment) {
        if (appointment == null) {
            return new SeriesView.VisitView(
                    v.visitId(),
                    v.name(),
                    v.earliest(),
                    v.target(),
                    v.latest(),
                    v.imaging(),
                    v.slotId(),
                    v.specialistId(),
                    v.start(),
                    v.end(),
                    v.timeZone(),
                    null,
                    null,
                    null);
        }
        return new SeriesView.VisitView(
                v.visitId(),
                v.name(),
                v.earliest(),
                v.target(),
                v.latest(),
                v.imaging(),
                appointment.slotId(),
                appointment.specialist().id(),
                ClinicTime.at(appointment.start(), appointment.zone()),
                ClinicTime.at(appointment.end(), appointment.zone()),
                appointment.zone(),
                appointment.id(),
                appointment.reference(),
                appointment.status().code());
    }
}
