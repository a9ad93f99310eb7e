package io.spinecare.notification.appointment;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.timeline.AppointmentTimelines;
import io.spinecare.notification.timeline.AppointmentTimelines.Change;
import io.spinecare.notification.timeline.AppointmentTimelines.Revision;
import io.spinecare.notification.timeline.AppointmentTimelines.Timeline;
import org.springframework.stereotype.Component;

/**
 * Turns one decoded event into stored and sent messages. Every step is idempotent, so the whole handling
 * may run again after a redelivery or a crash half-way: the timeline keeps each event once, withdrawing
 * is a no-op the second time, and each message's insert-first claim refuses a second send.
 */
@Component
class AppointmentEventHandler {

    private final AppointmentTimelines timelines;
    private final NotificationPlanner planner;
    private final Deliveries deliveries;
    private final ContactCompletion contacts;

    AppointmentEventHandler(
            AppointmentTimelines timelines,
            NotificationPlanner planner,
            Deliveries deliveries,
            ContactCompletion contacts) {
        this.timelines = timelines;
        this.planner = planner;
        this.deliveries = deliveries;
        this.contacts = contacts;
    }

    void handle(ReceivedEvent received) {
        // first, so that booking-service being away leaves nothing half done (the event is retried)
        ReceivedEvent event = contacts.complete(received);
        String appointmentId = event.body().appointmentId();
        Timeline timeline = timelines.record(appointmentId, revision(event));
        switch (event.type()) {
            case CANCELLED -> deliveries.withdrawReminders(appointmentId, event.id(), "appointment cancelled");
            case RESCHEDULED -> deliveries.withdrawReminders(appointmentId, event.id(), "appointment moved");
            // reminders planned earlier still list the scans as missing, and scan reminders are moot
            case PREREQUISITES_VERIFIED -> deliveries.withdrawReminders(appointmentId, event.id(), "scans verified");
            default -> {}
        }
        deliveries.schedule(planner.reminders(event, timeline));
        deliveries.sendNow(planner.immediate(event, timeline));
    }

    private static Revision revision(ReceivedEvent event) {
        Change change =
                switch (event.type()) {
                    case BOOKED -> Change.BOOKED;
                    case RESCHEDULED -> Change.RESCHEDULED;
                    case CANCELLED -> Change.CANCELLED;
                    default -> Change.OTHER;
                };
        return new Revision(
                event.id(), change, event.time(), event.body().start().toInstant());
    }
}
