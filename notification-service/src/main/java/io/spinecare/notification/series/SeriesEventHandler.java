package io.spinecare.notification.series;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.contact.BookingContacts;
import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.PlannedMessage;
import io.spinecare.notification.message.SeriesSnapshot;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the patient one e-mail per series event (ADR 0305). The contact comes from booking-service for
 * the appointment at which the surgery was recorded (ADR 0212); the delivery's id is derived from the
 * event id, so a redelivered event sends nothing twice (ADR 0300).
 */
@Component
public class SeriesEventHandler {

    private static final Logger log = LoggerFactory.getLogger(SeriesEventHandler.class);

    private final BookingContacts contacts;
    private final Deliveries deliveries;

    SeriesEventHandler(BookingContacts contacts, Deliveries deliveries) {
        this.contacts = contacts;
        this.deliveries = deliveries;
    }

    public void handle(String eventId, SeriesEventType type, Instant time, SeriesEvent event) {
        // first, so that booking-service being away leaves nothing half done (the event is retried)
        var contact = contacts.of(event.appointmentId()).orElse(null);
        if (contact == null || contact.email() == null || contact.email().isBlank()) {
            log.info("Series {}: no patient to write to for event {}", event.seriesId(), eventId);
            return;
        }
        SeriesSnapshot snapshot = snapshot(event, time, contact.name());
        deliveries.sendNow(List.of(new PlannedMessage(
                eventId, type.kind(), null, Channel.EMAIL, contact.email(), null, null, 0, null, snapshot)));
    }

    private static SeriesSnapshot snapshot(SeriesEvent event, Instant time, String patientName) {
        return new SeriesSnapshot(
                event.seriesId(),
                event.appointmentId(),
                event.status(),
                event.surgeryDate(),
                event.tokenGeneration(),
                patientName,
                event.change(),
                event.visitId(),
                time,
                event.visits().stream().map(SeriesEventHandler::visit).toList());
    }

    private static SeriesSnapshot.Visit visit(SeriesEvent.Visit v) {
        boolean planned = v.start() != null && v.end() != null && v.timeZone() != null;
        return new SeriesSnapshot.Visit(
                v.visitId(),
                v.name(),
                v.earliest(),
                v.latest(),
                v.imaging() == null
                        ? List.of()
                        : v.imaging().stream()
                                .map(s -> new SeriesSnapshot.Scan(s.modality(), s.region(), days(s.takenWithin())))
                                .toList(),
                v.specialistName(),
                planned ? v.start().toInstant() : null,
                planned ? v.end().toInstant() : null,
                planned ? v.timeZone() : null,
                v.appointmentId());
    }

    /** The ISO period as days, the way the catalogue counts a scan's age (a month is 30 days). */
    private static Integer days(String period) {
        if (period == null) {
            return null;
        }
        try {
            Period p = Period.parse(period);
            return p.getYears() * 365 + p.getMonths() * 30 + p.getDays();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
