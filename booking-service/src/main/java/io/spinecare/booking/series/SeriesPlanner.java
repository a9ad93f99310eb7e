package io.spinecare.booking.series;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.outbox.BookingEvent.SeriesPlanned;
import io.spinecare.booking.outbox.Outbox;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotSearch;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.system.SeriesProperties;
import io.spinecare.content.BodyRegion;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Procedure;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Plans a series from a recorded surgery: for each visit of the procedure's schedule, the free
 * post-operative slot nearest its target day inside its window, the surgeon's before a colleague's on
 * the same distance, held tentatively. A visit whose window has no free slot stays in the series
 * without one, for the desk to resolve; it is never left out.
 */
@Service
public class SeriesPlanner {

    private static final ConsultationType TYPE = ConsultationType.POST_OPERATIVE;
    private static final int HOLD_ATTEMPTS = 20;

    private final AppointmentStore appointments;
    private final SeriesStore store;
    private final Specialists specialists;
    private final SlotSearch search;
    private final SlotBooking slots;
    private final Catalogue catalogue;
    private final ClinicTime time;
    private final SeriesProperties settings;
    private final Outbox outbox;

    SeriesPlanner(
            AppointmentStore appointments,
            SeriesStore store,
            Specialists specialists,
            SlotSearch search,
            SlotBooking slots,
            Catalogue catalogue,
            ClinicTime time,
            SeriesProperties settings,
            Outbox outbox) {
        this.appointments = appointments;
        this.store = store;
        this.specialists = specialists;
        this.search = search;
        this.slots = slots;
        this.catalogue = catalogue;
        this.time = time;
        this.settings = settings;
        this.outbox = outbox;
    }

    /** What the desk records: which operation, when, by whom, at which level of the spine. */
    public record Surgery(String procedureId, LocalDate date, String surgeonId, BodyRegion region) {}

    public FollowUpSeries plan(String appointmentId, Surgery surgery) {
        Appointment appointment = appointments
                .find(appointmentId)
                .filter(a -> a.status() != AppointmentStatus.ENTERED_IN_ERROR)
                .orElseThrow(() -> BookingFailure.notFound(
                        "appointment-not-found", "No such appointment", "Check the appointment id."));
        Procedure procedure = catalogue
                .procedure(surgery.procedureId())
                .orElseThrow(
                        () -> BookingFailure.unknownReference("procedureId", "The catalogue has no such procedure."));
        Specialist surgeon = specialists
                .find(surgery.surgeonId())
                .orElseThrow(() -> BookingFailure.unknownReference("surgeonId", "No such specialist."));
        String seriesId = FollowUpSeries.idFor(appointmentId);
        if (store.find(seriesId).isPresent()) {
            throw SeriesFailures.exists();
        }
        List<Specialist> team =
                specialists.list(null).stream().filter(s -> s.offers(TYPE)).toList();
        List<SeriesVisit> visits = new ArrayList<>();
        for (var window : procedure.followUps().windowsFrom(surgery.date())) {
            SeriesVisit visit = SeriesVisit.unplanned(window);
            visits.add(visit.withSlot(nearestHeld(visit, surgeon.id(), team)));
        }
        FollowUpSeries unsaved = FollowUpSeries.proposed(appointment, surgery, visits, time.now());
        try {
            return store.insert(unsaved.withOutbox(outbox.entries(new SeriesPlanned(SeriesEvents.of(unsaved)))));
        } catch (DuplicateKeyException e) {
            visits.stream()
                    .filter(SeriesVisit::planned)
                    .forEach(v -> slots.dropHold(v.slot().slotId(), v.slot().holdId()));
            throw SeriesFailures.exists(); // a concurrent recording of the same surgery won
        }
    }

    /** Holds the free slot nearest the target day in the visit's window; null when there is none. */
    private SeriesVisit.ProposedSlot nearestHeld(SeriesVisit visit, String surgeonId, List<Specialist> team) {
        int minutes = catalogue.consultationType(TYPE).durationMinutes();
        List<SlotView> candidates = search
                .freeBetween(
                        team.stream().map(Specialist::id).toList(),
                        time.startOf(visit.earliest()),
                        time.startOf(visit.latest().plusDays(1)),
                        minutes)
                .stream()
                .filter(slot -> visit.allows(slot.start().toLocalDate()))
                .sorted(Comparator.comparingLong((SlotView slot) -> Math.abs(ChronoUnit.DAYS.between(
                                visit.target(), slot.start().toLocalDate())))
                        .thenComparing(slot -> !slot.specialistId().equals(surgeonId))
                        .thenComparing(SlotView::start))
                .limit(HOLD_ATTEMPTS)
                .toList();
        for (SlotView slot : candidates) {
            try {
                var hold = slots.hold(slot.id(), settings.holdDuration(), settings.horizon());
                return SeriesVisit.ProposedSlot.held(
                        slot,
                        hold.holdId(),
                        team.stream()
                                .filter(s -> s.id().equals(slot.specialistId()))
                                .map(Specialist::name)
                                .findFirst()
                                .orElse(null));
            } catch (BookingFailure taken) {
                // held or booked by someone else since the search: the next nearest
            }
        }
        return null;
    }
}
