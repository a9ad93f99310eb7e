package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.Delivery;
import io.spinecare.notification.delivery.DeliveryStatus;
import io.spinecare.notification.delivery.DueDeliveryDispatcher;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.Inbox.ReceivedMail;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Urgent red flags reach the clinic's triage mailbox; patients hear which scans are still outstanding. */
@IntegrationTest
class TriageAndScanMessagesTest {

    static final String TRIAGE = "triage@spinecare.test";
    static final EventProducer events = new EventProducer();
    static final Instant T0 = Instant.parse("2027-05-03T03:00:00Z");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    final MutableClock clock = MutableClock.shared();

    @Autowired
    DueDeliveryDispatcher dispatcher;

    @Autowired
    Deliveries deliveries;

    @BeforeEach
    void clockAtBookingTime() {
        clock.set(T0);
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void anUrgentReviewRequestEmailsTheTriageAddressExactlyOnceAndNeverThePatient() {
        AppointmentEventBuilder booking = booking().startingAt(T0.plus(Duration.ofDays(5)));
        AppointmentEventBuilder urgent =
                booking.urgentReviewRequested(List.of("night-pain", "cancer-history"), T0.plus(Duration.ofHours(24)));
        long before = Inbox.count(TRIAGE);

        events.send(booking);
        events.send(urgent);
        events.send(urgent); // redelivered
        AppointmentEventBuilder cancelled = booking.cancelled("PATIENT", T0.plusSeconds(60));
        events.send(cancelled); // same key, so handled after both copies
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email(), "cancelled") == 1);

        List<ReceivedMail> alerts = Inbox.of(TRIAGE).stream()
                .filter(m -> m.text().contains(booking.reference()))
                .toList();
        assertThat(Inbox.count(TRIAGE) - before).isEqualTo(1);
        assertThat(alerts).hasSize(1);
        ReceivedMail alert = alerts.get(0);
        assertThat(alert.subject()).startsWith("Urgent review needed by").endsWith(booking.reference());
        assertThat(alert.text())
                .contains("Is your pain constant, and does it stay bad or get worse at night")
                .contains("Have you ever been treated for cancer")
                .contains("Herniated or bulging disc")
                .contains("Review by:  Tuesday 4 May 2027, 08:30")
                .contains("https://book.spinecare.test/desk/")
                .doesNotContain("token");
        assertThat(Inbox.of(booking.email()))
                .extracting(ReceivedMail::subject)
                .noneMatch(subject -> subject.startsWith("Urgent"));
    }

    @Test
    void theConfirmationAndRemindersListTheScansStillOutstanding() {
        AppointmentEventBuilder booking = booking()
                .startingAt(T0.plus(Duration.ofDays(2)))
                .missing("MRI", "LUMBAR", 365, LocalDate.of(2027, 5, 3));

        events.send(booking);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email(), "Appointment booked") == 1);
        ReceivedMail confirmation = Inbox.of(booking.email()).stream()
                .filter(m -> m.subject().contains("Appointment booked"))
                .findFirst()
                .orElseThrow();
        assertThat(confirmation.text()).contains("Scans still outstanding:").contains("lumbar MRI");
        assertThat(confirmation.html()).contains("Scans still outstanding").contains("lumbar MRI");

        clock.set(booking.start().minus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email(), "Reminder") == 1);
        ReceivedMail reminder = Inbox.of(booking.email()).stream()
                .filter(m -> m.subject().startsWith("Reminder"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.text()).contains("Scans still outstanding:").contains("lumbar MRI");
    }

    @Test
    void aMissingScanIsRemindedThreeDaysBeforeItsDueDateAtNineInTheMorning() {
        LocalDate due = LocalDate.of(2027, 5, 10);
        AppointmentEventBuilder booking =
                booking().startingAt(T0.plus(Duration.ofDays(9))).missing("MRI", "LUMBAR", 365, due);
        events.send(booking);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email()) == 2);
        Instant remindAt = due.minusDays(3).atTime(9, 0).atZone(KOLKATA).toInstant();

        clock.set(remindAt.minusSeconds(30));
        dispatcher.dispatchDue();
        assertThat(Inbox.count(booking.email(), "Scans still needed")).isZero();

        clock.set(remindAt);
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email(), "Scans still needed") == 1);
        ReceivedMail reminder = Inbox.of(booking.email()).stream()
                .filter(m -> m.subject().startsWith("Scans still needed"))
                .findFirst()
                .orElseThrow();
        assertThat(reminder.text()).contains("lumbar MRI").contains("due by Monday 10 May 2027");
    }

    @Test
    void noScanReminderGoesOutOnceStaffHaveVerifiedTheScans() {
        LocalDate due = LocalDate.of(2027, 5, 10);
        AppointmentEventBuilder booking =
                booking().startingAt(T0.plus(Duration.ofDays(9))).missing("MRI", "LUMBAR", 365, due);
        events.send(booking);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email()) == 2);

        clock.set(T0.plus(Duration.ofHours(1)));
        events.send(booking.verified(clock.instant()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statuses(booking, MessageKind.SCAN_REMINDER).contains(DeliveryStatus.WITHDRAWN));

        clock.set(due.minusDays(3).atTime(9, 0).atZone(KOLKATA).toInstant());
        dispatcher.dispatchDue();
        assertThat(statuses(booking, MessageKind.SCAN_REMINDER)).containsOnly(DeliveryStatus.WITHDRAWN);
        assertThat(Inbox.count(booking.email(), "Scans still needed")).isZero();

        // the appointment reminders planned after verification no longer list the scans
        clock.set(booking.start().minus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email(), "Reminder") == 1);
        assertThat(Inbox.of(booking.email()).stream()
                        .filter(m -> m.subject().startsWith("Reminder"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .doesNotContain("Scans still outstanding");
    }

    private List<DeliveryStatus> statuses(AppointmentEventBuilder booking, MessageKind kind) {
        return deliveries.log(booking.appointmentId()).stream()
                .filter(d -> d.kind() == kind)
                .map(Delivery::status)
                .toList();
    }
}
