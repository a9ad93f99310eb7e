package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.series.FollowUpSeries;
import io.spinecare.booking.series.SeriesChanges;
import io.spinecare.booking.series.SeriesConfirmation;
import io.spinecare.booking.series.SeriesFailures;
import io.spinecare.booking.series.SeriesStore;
import io.spinecare.booking.series.SeriesView;
import io.spinecare.booking.series.SeriesViews;
import io.spinecare.booking.series.SeriesVisit;
import org.springframework.stereotype.Service;

/**
 * What a patient does with the series link: view, confirm all, change one visit, cancel the series.
 * The link's token is a manage token for the series id (ADR 0207 machinery); a wrong or missing
 * token answers like an unknown series. A confirmed visit moves by the appointment's own reschedule.
 */
@Service
class SeriesSelfService {

    private final SeriesStore store;
    private final SeriesViews views;
    private final SeriesConfirmation confirmation;
    private final SeriesChanges changes;
    private final AppointmentStore appointments;
    private final PatientSelfService selfService;
    private final ManageTokens tokens;

    SeriesSelfService(
            SeriesStore store,
            SeriesViews views,
            SeriesConfirmation confirmation,
            SeriesChanges changes,
            AppointmentStore appointments,
            PatientSelfService selfService,
            ManageTokens tokens) {
        this.store = store;
        this.views = views;
        this.confirmation = confirmation;
        this.changes = changes;
        this.appointments = appointments;
        this.selfService = selfService;
        this.tokens = tokens;
    }

    SeriesView view(String seriesId, String token) {
        return views.of(authenticate(seriesId, token));
    }

    SeriesView confirm(String seriesId, String token) {
        authenticate(seriesId, token);
        return views.of(confirmation.confirm(seriesId));
    }

    SeriesView cancel(String seriesId, String token) {
        authenticate(seriesId, token);
        return views.of(changes.cancel(seriesId, HistoryEntry.PATIENT, "PATIENT"));
    }

    /** Before confirmation the visit holds another slot; after it, its appointment is rescheduled. */
    SeriesView move(String seriesId, String token, String visitId, RescheduleRequest request) {
        FollowUpSeries series = authenticate(seriesId, token);
        if (series.status() == FollowUpSeries.SeriesStatus.PROPOSED) {
            return views.of(changes.moveProposed(seriesId, visitId, request.slotId()));
        }
        changes.checkedSlot(series, visitId, request.slotId()); // in the window, before anything is written
        SeriesVisit visit = series.visit(visitId);
        Appointment booked = visit.appointmentId() == null
                ? null
                : appointments.find(visit.appointmentId()).orElse(null);
        if (series.status() != FollowUpSeries.SeriesStatus.CONFIRMED || booked == null) {
            throw PatientSelfService.notFound(); // a cancelled series: its visits are the appointments' business
        }
        // The series link stands for the visit's own manage link.
        selfService.reschedule(booked.reference(), tokens.derive(booked.id(), booked.tokenGeneration()), request);
        Appointment moved = appointments.find(booked.id()).orElseThrow();
        return views.of(changes.recordMoved(seriesId, visitId, moved));
    }

    private FollowUpSeries authenticate(String seriesId, String token) {
        FollowUpSeries series = store.find(seriesId).orElse(null);
        // Checked for an unknown series too (against nothing), so both refusals cost the same time.
        boolean matches = tokens.matches(
                token, series == null ? null : series.id(), series == null ? 0 : series.tokenGeneration());
        if (series == null || !matches) {
            throw SeriesFailures.notFound();
        }
        return series;
    }
}
