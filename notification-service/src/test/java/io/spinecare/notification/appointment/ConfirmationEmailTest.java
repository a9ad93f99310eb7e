package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.component.VEvent;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.Inbox.ReceivedMail;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.ManageTokens;
import io.spinecare.notification.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConfirmationEmailTest {

    static final EventProducer events = new EventProducer();

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void aBookingEventYieldsExactlyOneConfirmationWithTextHtmlAndInvitation(CapturedOutput logs) {
        AppointmentEventBuilder booking = booking()
                .inZone("Asia/Kolkata")
                .startingAt(OffsetDateTime.parse("2026-12-01T10:00:00+05:30"))
                .lasting(Duration.ofMinutes(30));

        events.send(booking);

        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email()) >= 1);
        List<ReceivedMail> inbox = Inbox.of(booking.email());
        assertThat(inbox).hasSize(1);
        ReceivedMail mail = inbox.get(0);
        String managePage = "https://book.spinecare.test/manage/" + booking.reference();
        String token = ManageTokens.derive(booking.appointmentId(), 1);
        String manageLink = managePage + "#token=" + token;

        assertThat(mail.subject()).isEqualTo("Appointment confirmed – " + booking.reference());
        assertThat(mail.from()).contains("appointments@spinecare.example");
        assertThat(mail.text())
                .contains("Dear Asha Verma")
                .contains("Tuesday 1 December 2026, 10:00–10:30 (Asia/Kolkata, UTC+05:30)")
                .contains("Dr Anil Rao, Endoscopic spine surgery")
                .contains("SpineCare Clinic, OPD 2")
                .contains(booking.reference())
                .contains(manageLink);
        assertThat(mail.html())
                .contains("<td>" + booking.reference() + "</td>")
                .contains("Tuesday 1 December 2026")
                .contains("10:00–10:30")
                .contains("Asia/Kolkata, UTC+05:30")
                .contains("Dr Anil Rao, Endoscopic spine surgery")
                .contains("SpineCare Clinic, OPD 2")
                .contains("href=\"" + manageLink + "\"");

        assertThat(mail.calendarContentType()).contains("text/calendar").contains("method=REQUEST");
        assertThat(mail.attachmentName()).isEqualTo("invite.ics");
        assertThat(mail.attachmentIcs()).isEqualTo(mail.calendar());
        assertThat(mail.calendar()).contains("\r\n").doesNotContain("\n\n");
        assertThat(mail.calendarLines())
                .startsWith("BEGIN:VCALENDAR")
                .contains(
                        "METHOD:REQUEST",
                        "BEGIN:VTIMEZONE",
                        "TZID:Asia/Kolkata",
                        "TZOFFSETTO:+0530",
                        "UID:" + booking.appointmentId() + "@spinecare.io",
                        "SEQUENCE:0",
                        "DTSTART;TZID=Asia/Kolkata:20261201T100000",
                        "DTEND;TZID=Asia/Kolkata:20261201T103000",
                        "STATUS:CONFIRMED",
                        "SUMMARY:Spine consultation with Dr Anil Rao",
                        "LOCATION:SpineCare Clinic\\, OPD 2",
                        "DESCRIPTION:Reference " + booking.reference()
                                + "\\nManage your appointment with the link in your e-mail: " + managePage,
                        "URL:" + managePage,
                        "END:VCALENDAR")
                .allMatch(line -> line.length() <= 75 || !mail.calendar().contains(line));
        VEvent invitation = mail.parsedCalendar().getEvents().get(0);
        assertThat(invitation.getOrganizer().getCommonName()).isEqualTo("SpineCare Clinic");
        assertThat(invitation.getOrganizer().getEmail()).isEqualTo("appointments@spinecare.example");
        assertThat(invitation.getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getCommonName()).isEqualTo("Asha Verma");
            assertThat(attendee.getEmail()).isEqualTo(booking.email());
        });
        assertThat(invitation.getDateStart().getValue().toInstant()).isEqualTo(booking.start());
        assertThat(mail.calendar().replace("\r\n ", ""))
                .as("calendars sync to third parties: the invitation carries no token")
                .doesNotContain(token)
                .doesNotContain(token.substring(3))
                .doesNotContain("token=");

        assertThat(logs.getAll())
                .doesNotContain(booking.email())
                .doesNotContain(booking.phone())
                .doesNotContain("Asha Verma")
                .doesNotContain(token.substring(3));
    }

    @Test
    void aPendingBookingAlsoGetsInstructionsNamingEachMissingScanAndLaterTheAllClear() {
        AppointmentEventBuilder booking = booking()
                .startingAt(OffsetDateTime.parse("2026-12-01T10:00:00+05:30"))
                .missing("MRI", "LUMBAR", 365, LocalDate.of(2026, 11, 29))
                .missing("XRAY", "WHOLE_SPINE", 180, LocalDate.of(2026, 11, 29));

        events.send(booking);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email()) == 2);
        events.send(booking.verified(booking.time().plusSeconds(3600)));
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(booking.email()) == 3);

        List<ReceivedMail> inbox = Inbox.of(booking.email());
        assertThat(inbox.get(0).subject()).isEqualTo("Appointment booked, scans needed – " + booking.reference());
        assertThat(inbox.get(0).calendarLines()).contains("STATUS:TENTATIVE");
        ReceivedMail instructions = inbox.stream()
                .filter(m -> m.subject().startsWith("Scans to bring"))
                .findFirst()
                .orElseThrow();
        assertThat(instructions.text())
                .contains("your lumbar MRI, not older than 12 months, by Sunday 29 November 2026")
                .contains("your whole-spine X-ray, not older than 6 months, by Sunday 29 November 2026");
        assertThat(instructions.html()).contains("lumbar MRI, not older than 12 months");
        assertThat(instructions.calendar()).isNull();
        assertThat(inbox.get(2).subject())
                .isEqualTo("Your scans are checked, your appointment is confirmed – " + booking.reference());
    }
}
