package io.spinecare.booking.series;

import io.spinecare.booking.outbox.AppointmentEvent;
import io.spinecare.booking.outbox.SeriesEvent;
import io.spinecare.booking.system.ClinicTime;
import java.util.List;

/** The body of a series event, also what the API shows of a series. */
public final class SeriesEvents {

    private SeriesEvents() {}

    public static SeriesEvent of(FollowUpSeries series) {
        return of(series, null, null);
    }

    static SeriesEvent of(FollowUpSeries series, String change, String visitId) {
        return new SeriesEvent(
                SeriesEvent.SCHEMA_VERSION,
                series.id(),
                series.appointmentId(),
                series.status().name().toLowerCase(java.util.Locale.ROOT),
                series.procedureId(),
                series.surgeryDate(),
                series.surgeonId(),
                // no name or contact details in events (ADR 0212): consumers fetch them
                new AppointmentEvent.Patient(List.of("EMAIL")),
                series.tokenGeneration(),
                series.visits().stream().map(v -> visit(v, series)).toList(),
                change,
                visitId);
    }

    private static SeriesEvent.Visit visit(SeriesVisit v, FollowUpSeries series) {
        var slot = v.slot();
        return new SeriesEvent.Visit(
                v.visitId(),
                v.name(),
                v.earliest(),
                v.target(),
                v.latest(),
                v.imaging().stream()
                        .map(scan -> new SeriesEvent.FollowUpScan(
                                scan.modality().name(),
                                series.region() == null ? null : series.region().name(),
                                scan.takenWithin().toString()))
                        .toList(),
                slot == null ? null : slot.slotId(),
                slot == null ? null : slot.specialistId(),
                slot == null ? null : ClinicTime.at(slot.start(), slot.zone()),
                slot == null ? null : ClinicTime.at(slot.end(), slot.zone()),
                slot == null ? null : slot.zone(),
                series.status() == FollowUpSeries.SeriesStatus.CONFIRMED ? v.appointmentId() : null);
    }
}
