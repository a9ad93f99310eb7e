package io.spinecare.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.delivery.PlannedMessage;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.TestProperties;
import io.spinecare.notification.timeline.AppointmentTimelines.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

    static final Instant START = Instant.parse("2026-12-01T04:30:00Z");
    final NotificationPlanner planner = new NotificationPlanner(TestProperties.notification());

    @Test
    void eachReminderExpiresWhenTheNextComesDueAndTheLastAQuarterHourBeforeTheStart() {
        List<PlannedMessage> reminders =
                planner.reminders(booked(START.minus(Duration.ofDays(5)), List.of("EMAIL")), timeline());

        assertThat(reminders)
                .extracting(PlannedMessage::reminderOffset)
                .containsExactly(Duration.ofHours(24), Duration.ofHours(2));
        assertThat(reminders)
                .extracting(PlannedMessage::dueAt)
                .containsExactly(START.minus(Duration.ofHours(24)), START.minus(Duration.ofHours(2)));
        assertThat(reminders)
                .extracting(PlannedMessage::staleAt)
                .containsExactly(START.minus(Duration.ofHours(2)), START.minus(Duration.ofMinutes(15)));
    }

    @Test
    void aBookingMadeLessThanADayAheadGetsOnlyTheRemindersStillAhead() {
        List<PlannedMessage> reminders =
                planner.reminders(booked(START.minus(Duration.ofHours(5)), List.of("EMAIL")), timeline());

        assertThat(reminders).extracting(PlannedMessage::reminderOffset).containsExactly(Duration.ofHours(2));
    }

    @Test
    void offsetsComeFromConfigurationInAnyOrder() {
        var planner = new NotificationPlanner(
                TestProperties.notification(Map.of("spinecare.notification.reminders.offsets", "2h,72h,10m,24h")));

        List<PlannedMessage> reminders =
                planner.reminders(booked(START.minus(Duration.ofDays(5)), List.of("EMAIL")), timeline());

        assertThat(reminders)
                .extracting(PlannedMessage::reminderOffset)
                .as("10 minutes is inside the 15-minute minimum lead, so it would always be stale")
                .containsExactly(Duration.ofHours(72), Duration.ofHours(24), Duration.ofHours(2));
    }

    @Test
    void everyChosenChannelWithAnAddressGetsTheMessageAndOthersDoNot() {
        assertThat(planner.immediate(booked(START.minus(Duration.ofDays(5)), List.of("EMAIL", "SMS")), timeline()))
                .extracting(PlannedMessage::channel)
                .containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(planner.immediate(booked(START.minus(Duration.ofDays(5)), List.of("SMS", "PIGEON")), timeline()))
                .extracting(PlannedMessage::channel)
                .containsExactly(Channel.SMS);
    }

    @Test
    void outstandingScansAddInstructionsToTheConfirmation() {
        ReceivedEvent pending = booked(
                START.minus(Duration.ofDays(5)),
                List.of("EMAIL"),
                List.of(new AppointmentEvent.Prerequisite("MRI", "LUMBAR", "MISSING", "2026-11-29", 365, "MANDATORY")));

        assertThat(planner.immediate(pending, timeline()))
                .extracting(PlannedMessage::kind)
                .containsExactly(MessageKind.CONFIRMATION, MessageKind.PREREQUISITE_INSTRUCTIONS);
    }

    private static Timeline timeline() {
        return new Timeline("apt-1", List.of());
    }

    private static ReceivedEvent booked(Instant at, List<String> channels) {
        return booked(at, channels, List.of());
    }

    private static ReceivedEvent booked(Instant at, List<String> channels, List<AppointmentEvent.Prerequisite> scans) {
        var body = new AppointmentEvent(
                1,
                "apt-1",
                "SC-1",
                "booked",
                OffsetDateTime.ofInstant(START, ZoneOffset.ofHoursMinutes(5, 30)),
                OffsetDateTime.ofInstant(START.plusSeconds(1800), ZoneOffset.ofHoursMinutes(5, 30)),
                "Asia/Kolkata",
                new AppointmentEvent.Specialist("dr-rao", "Dr Anil Rao", null),
                "OPD 2",
                "IN_PERSON",
                "NEW_CONSULTATION",
                "herniated-disc",
                scans,
                new AppointmentEvent.Patient("Asha", "asha@patients.test", "+919800000001", channels),
                false,
                1,
                null,
                null,
                null,
                null);
        return new ReceivedEvent("evt-1", "/spinecare/booking-service", AppointmentEventType.BOOKED, "apt-1", at, body);
    }
}
