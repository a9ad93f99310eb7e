package io.spinecare.notification.delivery;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.ICalendar;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.Inbox.ReceivedMail;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReminderTest {

    static final EventProducer events = new EventProducer();
    static final Instant T0 = Instant.parse("2027-03-01T03:00:00Z");
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
    void remindersGoOutTwentyFourAndTwoHoursBeforeTheStartAndNotEarlier() {
        AppointmentEventBuilder booking = booked(T0.plus(Duration.ofHours(48)));

        clock.set(booking.start().minus(Duration.ofHours(24)).minusSeconds(30));
        dispatcher.dispatchDue();
        assertThat(reminders(booking)).isEmpty();

        clock.set(booking.start().minus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(booking).size() == 1);
        assertThat(reminders(booking).get(0).text()).contains("A reminder of your appointment tomorrow:");

        clock.set(booking.start().minus(Duration.ofHours(2)).minusSeconds(30));
        dispatcher.dispatchDue();
        assertThat(reminders(booking)).hasSize(1);

        clock.set(booking.start().minus(Duration.ofHours(2)));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(booking).size() == 2);
        assertThat(reminders(booking).get(1).text()).contains("A reminder of your appointment in 2 hours:");
        assertThat(statuses(booking, MessageKind.REMINDER)).containsOnly(DeliveryStatus.SENT);
    }

    @Test
    void aCancelledAppointmentsRemindersAreWithdrawnAndNeverSent() {
        AppointmentEventBuilder booking = booked(T0.plus(Duration.ofHours(48)));
        clock.set(T0.plus(Duration.ofHours(1)));

        events.send(booking.cancelled("PATIENT", clock.instant()));
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email(), "cancelled") == 1);
        // the send must be recorded before the clock jumps, or its lease would look expired and it would go again
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statuses(booking, MessageKind.CANCELLATION).equals(List.of(DeliveryStatus.SENT)));
        assertThat(statuses(booking, MessageKind.REMINDER))
                .containsOnly(DeliveryStatus.WITHDRAWN)
                .hasSize(2);

        clock.set(booking.start().minus(Duration.ofHours(2)));
        dispatcher.dispatchDue();
        assertThat(Inbox.of(booking.email()))
                .extracting(ReceivedMail::subject)
                .hasSize(2)
                .noneMatch(subject -> subject.startsWith("Reminder"));
        ReceivedMail cancellation = Inbox.of(booking.email()).get(1);
        ICalendar cancelled = cancellation.parsedCalendar();
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(cancelled.getEvents().get(0).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getEvents().get(0).getUid().getValue())
                .isEqualTo(booking.appointmentId() + "@spinecare.io");
    }

    @Test
    void aRescheduledAppointmentGetsRemindersForTheNewTimeOnly() {
        AppointmentEventBuilder booking = booked(T0.plus(Duration.ofHours(48)));
        clock.set(T0.plus(Duration.ofHours(1)));
        AppointmentEventBuilder moved = booking.rescheduledTo(T0.plus(Duration.ofHours(72)), clock.instant());

        events.send(moved);
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email(), "has moved") == 1);
        clock.set(booking.start().minus(Duration.ofHours(2)));
        dispatcher.dispatchDue();
        clock.set(moved.start().minus(Duration.ofHours(24)));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(booking).size() == 1);

        ReceivedMail notice = Inbox.of(booking.email()).get(1);
        ICalendar update = notice.parsedCalendar();
        assertThat(update.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(update.getEvents().get(0).getSequence().getValue()).isEqualTo(1);
        assertThat(update.getEvents().get(0).getUid().getValue()).isEqualTo(booking.appointmentId() + "@spinecare.io");
        assertThat(update.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(moved.start());
        assertThat(notice.text())
                .contains(
                        "#token=" + io.spinecare.notification.support.ManageTokens.derive(booking.appointmentId(), 2));
        assertThat(reminders(booking).get(0).text()).contains("Thursday 4 March 2027");
    }

    @Test
    void afterDowntimeRemindersStillUsefulGoOutAndStaleOnesAreDropped() {
        AppointmentEventBuilder farOff = booked(T0.plus(Duration.ofHours(48)));
        AppointmentEventBuilder tomorrow = booked(T0.plus(Duration.ofHours(30)));
        AppointmentEventBuilder today = booked(T0.plus(Duration.ofHours(20)));

        // Down from T0 until T0 + 29 h: no dispatcher ran while reminders came due.
        clock.set(T0.plus(Duration.ofHours(29)));
        dispatcher.dispatchDue();

        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        reminders(farOff).size() == 1 && reminders(tomorrow).size() == 1);
        assertThat(reminders(farOff).get(0).text()).contains("tomorrow");
        assertThat(reminders(tomorrow).get(0).text()).contains("in 2 hours");
        assertThat(reminders(today)).isEmpty();
        assertThat(reminderStatuses(farOff))
                .containsEntry("PT24H", DeliveryStatus.SENT)
                .containsEntry("PT2H", DeliveryStatus.SCHEDULED);
        assertThat(reminderStatuses(tomorrow))
                .containsEntry("PT24H", DeliveryStatus.DROPPED)
                .containsEntry("PT2H", DeliveryStatus.SENT);
        assertThat(reminderStatuses(today)).containsOnlyKeys("PT2H").containsEntry("PT2H", DeliveryStatus.DROPPED);
    }

    @Test
    void severalInstancesDispatchingAtOnceSendEachReminderExactlyOnce() throws Exception {
        List<AppointmentEventBuilder> bookings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bookings.add(booking().startingAt(T0.plus(Duration.ofHours(48))).at(T0));
        }
        bookings.forEach(events::send);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> bookings.stream().allMatch(b -> Inbox.count(b.email()) == 1));

        clock.set(T0.plus(Duration.ofHours(24)));
        int instances = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<Integer>> taken = IntStream.range(0, instances)
                .mapToObj(i -> pool.submit(() -> {
                    go.await();
                    return dispatcher.dispatchDue();
                }))
                .toList();
        go.countDown();
        int total = 0;
        for (Future<Integer> f : taken) {
            total += f.get();
        }
        pool.shutdown();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> bookings.stream().allMatch(b -> reminders(b).size() == 1));
        assertThat(total).isLessThanOrEqualTo(bookings.size());
        assertThat(bookings).allSatisfy(b -> assertThat(Inbox.of(b.email())).hasSize(2));
    }

    private AppointmentEventBuilder booked(Instant start) {
        AppointmentEventBuilder booking = booking().startingAt(start).at(clock.instant());
        events.send(booking);
        await().atMost(Duration.ofSeconds(10)).until(() -> Inbox.count(booking.email()) == 1);
        return booking;
    }

    private static List<ReceivedMail> reminders(AppointmentEventBuilder booking) {
        return Inbox.of(booking.email()).stream()
                .filter(m -> m.subject().startsWith("Reminder"))
                .toList();
    }

    private List<DeliveryStatus> statuses(AppointmentEventBuilder booking, MessageKind kind) {
        return deliveries.log(booking.appointmentId()).stream()
                .filter(d -> d.kind() == kind)
                .map(Delivery::status)
                .toList();
    }

    private Map<String, DeliveryStatus> reminderStatuses(AppointmentEventBuilder booking) {
        return deliveries.log(booking.appointmentId()).stream()
                .filter(d -> d.kind() == MessageKind.REMINDER)
                .collect(Collectors.toMap(Delivery::reminderOffset, Delivery::status));
    }
}
