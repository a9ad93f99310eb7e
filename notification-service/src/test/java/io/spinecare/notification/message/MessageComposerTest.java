package io.spinecare.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.spinecare.notification.message.AppointmentSnapshot.ScanPrerequisite;
import io.spinecare.notification.support.ManageTokens;
import io.spinecare.notification.support.TestProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageComposerTest {

    final MessageComposer composer = new MessageComposer(
            TestProperties.notification(),
            new ManageLinks(TestProperties.manageToken(), TestProperties.notification()),
            Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void scanInstructionsNameEachMissingScanWithRegionMaximumAgeAndDueDate() {
        AppointmentSnapshot pending = appointment(List.of(
                new ScanPrerequisite("MRI", "LUMBAR", "MISSING", "2026-11-29", 365, "MANDATORY"),
                new ScanPrerequisite("XRAY", "WHOLE_SPINE", "TOO_OLD", "2026-11-29", 180, "RECOMMENDED"),
                new ScanPrerequisite("CT", "CERVICAL", "MET", "2026-12-01", 365, "MANDATORY")));

        EmailContent mail = composer.email(request(MessageKind.PREREQUISITE_INSTRUCTIONS, pending));

        assertThat(mail.subject()).isEqualTo("Scans to bring for your appointment – SC-7K3M9Q");
        assertThat(mail.text())
                .contains("your lumbar MRI, not older than 12 months, by Sunday 29 November 2026")
                .contains("your whole-spine X-ray, not older than 6 months, by Sunday 29 November 2026"
                        + " (the scan you have is older than that) (recommended)")
                .doesNotContain("cervical");
        assertThat(mail.html())
                .contains("<strong>lumbar MRI, not older than 12 months</strong>")
                .contains(", by Sunday 29 November 2026");
        assertThat(mail.calendar()).isNull();
        assertThat(composer.sms(request(MessageKind.PREREQUISITE_INSTRUCTIONS, pending)))
                .contains("lumbar MRI, not older than 12 months by Sunday 29 November 2026;")
                .contains("whole-spine X-ray, not older than 6 months by Sunday 29 November 2026.");
    }

    @Test
    void aPendingConfirmationSaysScansAreNeededAndTheInvitationIsTentative() {
        AppointmentSnapshot pending =
                appointment(List.of(new ScanPrerequisite("MRI", "LUMBAR", "MISSING", "2026-11-29", 365, "MANDATORY")));

        EmailContent mail = composer.email(request(MessageKind.CONFIRMATION, pending));

        assertThat(mail.subject()).isEqualTo("Appointment booked, scans needed – SC-7K3M9Q");
        assertThat(mail.text()).contains("a separate e-mail tells you which ones to bring");
        assertThat(mail.calendar().ics()).contains("STATUS:TENTATIVE");
    }

    @Test
    void remindersSayWhenInWordsAndByTheClock() {
        var reminder = new MessageRequest(
                MessageKind.REMINDER, Duration.ofHours(24), appointment(List.of()), 0, "asha@patients.test");
        var soon = new MessageRequest(
                MessageKind.REMINDER, Duration.ofHours(2), appointment(List.of()), 0, "asha@patients.test");

        assertThat(composer.email(reminder).subject())
                .isEqualTo("Reminder: your appointment on Tuesday 1 December 2026 at 10:00 – SC-7K3M9Q");
        assertThat(composer.email(reminder).text()).contains("A reminder of your appointment tomorrow:");
        assertThat(composer.email(soon).text()).contains("A reminder of your appointment in 2 hours:");
        assertThat(composer.sms(soon)).startsWith("SpineCare Clinic: reminder, appointment in 2 hours");
    }

    @Test
    void aRescheduleNamesTheOldTimeAndUpdatesTheCalendarEntry() {
        AppointmentSnapshot moved = withPrevious(appointment(List.of()), Instant.parse("2026-11-30T05:30:00Z"));

        EmailContent mail =
                composer.email(new MessageRequest(MessageKind.RESCHEDULE, null, moved, 2, "asha@patients.test"));

        assertThat(mail.text()).contains("has moved from Monday 30 November 2026, 11:00");
        assertThat(mail.calendar().method()).isEqualTo("REQUEST");
        assertThat(CalendarInviteTest.unfold(mail.calendar().ics()))
                .contains("DTSTART;TZID=Asia/Kolkata:20261201T100000");
        assertParsedInvitation(mail, "REQUEST", 2, "CONFIRMED");
    }

    @Test
    void aConfirmationIsARequestAtSequenceZero() {
        EmailContent mail = composer.email(request(MessageKind.CONFIRMATION, appointment(List.of())));

        assertThat(mail.calendar().method()).isEqualTo("REQUEST");
        assertParsedInvitation(mail, "REQUEST", 0, "CONFIRMED");
    }

    @Test
    void aCancellationRemovesTheCalendarEntry() {
        EmailContent mail = composer.email(
                new MessageRequest(MessageKind.CANCELLATION, null, appointment(List.of()), 3, "asha@patients.test"));

        assertThat(mail.subject()).isEqualTo("Your appointment on Tuesday 1 December 2026 is cancelled – SC-7K3M9Q");
        assertThat(mail.calendar().method()).isEqualTo("CANCEL");
        assertParsedInvitation(mail, "CANCEL", 3, "CANCELLED");
    }

    /** Reads the invitation back with the calendar library: VTIMEZONE, UID, SEQUENCE, METHOD, STATUS, start. */
    private static void assertParsedInvitation(EmailContent mail, String method, int sequence, String status) {
        ICalendar parsed = CalendarInviteTest.parse(mail.calendar().ics());
        assertThat(parsed.getMethod().getValue()).isEqualTo(method);
        assertThat(parsed.getTimezoneInfo().getComponents())
                .singleElement()
                .satisfies(tz -> assertThat(tz.getTimezoneId().getValue()).isEqualTo("Asia/Kolkata"));
        VEvent event = parsed.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("apt-1@spinecare.io");
        assertThat(event.getSequence().getValue()).isEqualTo(sequence);
        assertThat(event.getStatus().getValue()).isEqualTo(status);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
    }

    @Test
    void noCalendarInvitationCarriesTheTokenOnlyThePageThatAsksForIt() {
        AppointmentSnapshot a = appointment(List.of());
        String token = ManageTokens.derive("apt-1", 1);
        for (MessageKind kind : MessageKind.values()) {
            EmailContent mail = composer.email(new MessageRequest(kind, null, a, 1, "asha@patients.test"));
            assertThat(mail.text()).as(kind + " e-mail text").doesNotContain("?token=");
            if (mail.calendar() != null) {
                String ics = String.join(
                        "\n", CalendarInviteTest.unfold(mail.calendar().ics()));
                assertThat(ics)
                        .as(kind + " invitation: calendars sync to third parties")
                        .doesNotContain(token.substring(3))
                        .doesNotContain("token");
                if (kind.calendar() == MessageKind.CalendarMethod.REQUEST) {
                    assertThat(ics).contains("URL:https://book.spinecare.test/manage/SC-7K3M9Q\n");
                }
            }
        }
    }

    @Test
    void patientSuppliedTextIsEscapedInHtml() {
        AppointmentSnapshot a = appointment(List.of());
        AppointmentSnapshot hostile = new AppointmentSnapshot(
                a.appointmentId(),
                a.reference(),
                a.status(),
                a.start(),
                a.end(),
                a.timeZone(),
                a.specialistName(),
                a.specialistSubSpecialty(),
                a.location(),
                a.mode(),
                a.consultationType(),
                "<script>alert(1)</script>",
                1,
                List.of(),
                null,
                null,
                null,
                null);

        EmailContent mail = composer.email(request(MessageKind.CONFIRMATION, hostile));

        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void theManageLinkCarriesTheTokenInTheFragmentSignedWithTheCurrentKeyForTheGeneration() {
        EmailContent mail = composer.email(request(MessageKind.CONFIRMATION, appointment(List.of())));

        assertThat(mail.text())
                .contains("https://book.spinecare.test/manage/SC-7K3M9Q#token=" + ManageTokens.derive("apt-1", 1))
                .doesNotContain("?token=");
        assertThat(mail.html())
                .contains("https://book.spinecare.test/manage/SC-7K3M9Q#token=" + ManageTokens.derive("apt-1", 1));
        assertThat(ManageTokens.derive("apt-1", 1)).matches("t1\\.[A-Za-z0-9_-]{43}");
        assertThat(ManageTokens.derive("apt-1", 2)).isNotEqualTo(ManageTokens.derive("apt-1", 1));
    }

    private static MessageRequest request(MessageKind kind, AppointmentSnapshot appointment) {
        return new MessageRequest(kind, null, appointment, 0, "asha@patients.test");
    }

    static AppointmentSnapshot appointment(List<ScanPrerequisite> scans) {
        return new AppointmentSnapshot(
                "apt-1",
                "SC-7K3M9Q",
                scans.isEmpty() ? "booked" : "pending",
                Instant.parse("2026-12-01T04:30:00Z"),
                Instant.parse("2026-12-01T05:00:00Z"),
                "Asia/Kolkata",
                "Dr Anil Rao",
                "Endoscopic spine surgery",
                "SpineCare Clinic, OPD 2",
                "IN_PERSON",
                "NEW_CONSULTATION",
                "Asha Verma",
                1,
                scans,
                null,
                null,
                null,
                null);
    }

    private static AppointmentSnapshot withPrevious(AppointmentSnapshot a, Instant previousStart) {
        return new AppointmentSnapshot(
                a.appointmentId(),
                a.reference(),
                a.status(),
                a.start(),
                a.end(),
                a.timeZone(),
                a.specialistName(),
                a.specialistSubSpecialty(),
                a.location(),
                a.mode(),
                a.consultationType(),
                a.patientName(),
                2,
                a.prerequisites(),
                previousStart,
                previousStart.plusSeconds(1800),
                null,
                null);
    }
}
