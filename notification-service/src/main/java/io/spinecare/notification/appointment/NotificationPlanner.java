package io.spinecare.notification.appointment;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.delivery.PlannedMessage;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.system.NotificationProperties;
import io.spinecare.notification.timeline.AppointmentTimelines.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides which messages an event causes: booked → confirmation, scan instructions when scans are
 * outstanding, reminders; prerequisites verified → a short all-set notice; rescheduled → notice and new
 * reminders; cancelled → notice. One message per chosen channel that has an address.
 */
@Component
class NotificationPlanner {

    /** Scan reminders go out at this clinic time of day. */
    private static final LocalTime SCAN_REMINDER_TIME = LocalTime.of(9, 0);

    private final NotificationProperties.Reminders reminders;
    private final NotificationProperties.Triage triage;

    NotificationPlanner(NotificationProperties properties) {
        this.reminders = properties.reminders();
        this.triage = properties.triage();
    }

    List<PlannedMessage> immediate(ReceivedEvent event, Timeline timeline) {
        List<MessageKind> kinds =
                switch (event.type()) {
                    case BOOKED ->
                        snapshot(event).outstanding().isEmpty()
                                ? List.of(MessageKind.CONFIRMATION)
                                : List.of(MessageKind.CONFIRMATION, MessageKind.PREREQUISITE_INSTRUCTIONS);
                    case PREREQUISITES_VERIFIED -> List.of(MessageKind.PREREQUISITES_VERIFIED);
                    case RESCHEDULED -> List.of(MessageKind.RESCHEDULE);
                    case CANCELLED -> List.of(MessageKind.CANCELLATION);
                    default -> List.of();
                };
        AppointmentSnapshot snapshot = snapshot(event);
        int sequence = timeline.sequenceOf(event.id());
        Instant staleAt = event.body().end().toInstant();
        List<PlannedMessage> planned = new ArrayList<>();
        if (event.type() == AppointmentEventType.URGENT_REVIEW_REQUESTED) {
            // to the clinic's triage mailbox only; the delivery claim makes it exactly once
            planned.add(new PlannedMessage(
                    event.id(),
                    MessageKind.TRIAGE_ALERT,
                    null,
                    Channel.EMAIL,
                    triage.address().strip(),
                    null,
                    staleAt,
                    sequence,
                    snapshot));
        }
        for (MessageKind kind : kinds) {
            planned.addAll(toPatient(event, kind, null, null, staleAt, sequence, snapshot));
        }
        return planned;
    }

    /**
     * Reminders at each configured offset before the start. One that would have been due before the event
     * happened is skipped (a late booking gets no "tomorrow" reminder after its confirmation). Each expires
     * when the next one comes due, or {@code minimumLead} before the start, so after downtime only the
     * latest useful reminder goes out.
     */
    List<PlannedMessage> reminders(ReceivedEvent event, Timeline timeline) {
        if (event.type() != AppointmentEventType.BOOKED
                && event.type() != AppointmentEventType.RESCHEDULED
                && event.type() != AppointmentEventType.PREREQUISITES_VERIFIED) {
            return List.of();
        }
        List<PlannedMessage> planned = new ArrayList<>(scanReminders(event, timeline));
        Instant start = event.body().start().toInstant();
        Instant lastUseful = start.minus(reminders.minimumLead());
        List<Duration> offsets = reminders.offsets().stream()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .filter(offset -> start.minus(offset).isBefore(lastUseful))
                .filter(offset -> !start.minus(offset).isBefore(event.time()))
                .toList();
        AppointmentSnapshot snapshot = snapshot(event);
        for (int i = 0; i < offsets.size(); i++) {
            Instant dueAt = start.minus(offsets.get(i));
            Instant staleAt = i + 1 < offsets.size() ? start.minus(offsets.get(i + 1)) : lastUseful;
            planned.addAll(toPatient(
                    event,
                    MessageKind.REMINDER,
                    offsets.get(i),
                    dueAt,
                    staleAt,
                    timeline.sequenceOf(event.id()),
                    snapshot));
        }
        return planned;
    }

    /**
     * One reminder listing the scans still outstanding, {@code scanDueLeadDays} before the earliest due
     * date (09:00 clinic time). Skipped when that moment has passed already; dropped unsent once the due
     * date is over; withdrawn when staff verify the scans or the appointment moves or is cancelled.
     */
    private List<PlannedMessage> scanReminders(ReceivedEvent event, Timeline timeline) {
        AppointmentSnapshot snapshot = snapshot(event);
        ZoneId zone = ZoneId.of(snapshot.timeZone());
        Optional<LocalDate> due = snapshot.outstanding().stream()
                .map(AppointmentSnapshot.ScanPrerequisite::dueBy)
                .filter(d -> d != null && !d.isBlank())
                .map(NotificationPlanner::date)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
        if (due.isEmpty()) {
            return List.of();
        }
        Instant dueAt = due.get()
                .minusDays(reminders.scanDueLeadDays())
                .atTime(SCAN_REMINDER_TIME)
                .atZone(zone)
                .toInstant();
        Instant staleAt = due.get().plusDays(1).atStartOfDay(zone).toInstant();
        if (dueAt.isBefore(event.time()) || !dueAt.isBefore(staleAt)) {
            return List.of();
        }
        Duration beforeStart = Duration.between(dueAt, snapshot.start());
        return toPatient(
                event,
                MessageKind.SCAN_REMINDER,
                beforeStart,
                dueAt,
                staleAt,
                timeline.sequenceOf(event.id()),
                snapshot);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** One message of {@code kind} on each channel the patient chose; {@code reminderOffset} names a reminder. */
    private static List<PlannedMessage> toPatient(
            ReceivedEvent event,
            MessageKind kind,
            Duration reminderOffset,
            Instant dueAt,
            Instant staleAt,
            int sequence,
            AppointmentSnapshot snapshot) {
        return recipients(event.body().patient()).stream()
                .map(to -> new PlannedMessage(
                        event.id(),
                        kind,
                        reminderOffset,
                        to.channel(),
                        to.address(),
                        dueAt,
                        staleAt,
                        sequence,
                        snapshot))
                .toList();
    }

    private static List<Recipient> recipients(AppointmentEvent.Patient patient) {
        List<Recipient> recipients = new ArrayList<>();
        for (String code : patient.channels().stream().distinct().toList()) {
            if ("EMAIL".equals(code) && present(patient.email())) {
                recipients.add(new Recipient(Channel.EMAIL, patient.email().strip()));
            } else if ("SMS".equals(code) && present(patient.phone())) {
                recipients.add(new Recipient(Channel.SMS, patient.phone().strip()));
            }
        }
        return recipients;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static AppointmentSnapshot snapshot(ReceivedEvent event) {
        AppointmentSnapshot snapshot = rawSnapshot(event);
        // staff verified the scans: nothing is outstanding any more, whatever the list says
        return event.type() == AppointmentEventType.PREREQUISITES_VERIFIED ? snapshot.withScansVerified() : snapshot;
    }

    private static AppointmentSnapshot rawSnapshot(ReceivedEvent event) {
        AppointmentEvent e = event.body();
        return new AppointmentSnapshot(
                e.appointmentId(),
                e.reference(),
                e.status(),
                e.start().toInstant(),
                e.end().toInstant(),
                e.timeZone(),
                e.specialist().name(),
                e.specialist().subSpecialty(),
                e.location(),
                e.mode(),
                e.consultationType(),
                e.patient().name(),
                e.tokenGenerationOrDefault(),
                e.prerequisites().stream()
                        .map(p -> new AppointmentSnapshot.ScanPrerequisite(
                                p.modality(), p.region(), p.status(), p.dueBy(), p.maxAgeDays(), p.necessity()))
                        .toList(),
                e.previous() == null || e.previous().start() == null
                        ? null
                        : e.previous().start().toInstant(),
                e.previous() == null || e.previous().end() == null
                        ? null
                        : e.previous().end().toInstant(),
                e.cancelledBy(),
                e.triage() == null
                        ? null
                        : new AppointmentSnapshot.Triage(
                                e.conditionId(),
                                e.triage().tier(),
                                e.triage().redFlagIds(),
                                e.triage().reviewBy() == null
                                        ? null
                                        : e.triage().reviewBy().toInstant()));
    }

    private record Recipient(Channel channel, String address) {}
}
