package io.spinecare.notification.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.Inbox;
import io.spinecare.notification.support.Inbox.CalendarAttachment;
import io.spinecare.notification.support.Inbox.ReceivedMail;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.ManageTokens;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBookingService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The follow-up series e-mails through the real broker and GreenMail: one e-mail per series event, every
 * visit listed with its specialist and scans in content-core's words, one calendar file per visit with a
 * slot (parsed back with biweekly), and one series link whose token is the series' own (ADR 0305).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SeriesEmailTest {

    static final EventProducer events = new EventProducer();
    static final TestBookingService bookingService = TestBookingService.shared();
    static final JsonMapper JSON = JsonMapper.builder().build();

    final String appointmentId = "apt-" + UUID.randomUUID();
    final String seriesId = "series-" + appointmentId;
    final String email = "ravi." + UUID.randomUUID() + "@patients.test";

    @BeforeEach
    void patientKnownToBookingService() {
        MutableClock.shared().set(Instant.parse("2030-06-04T06:00:00Z"));
        bookingService.knows(appointmentId, "Ravi Kumar", email, "+91 90000 00042");
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void aPlannedSeriesSendsOneEmailListingEveryVisitWithAnIcsPerVisitAndTheSeriesLink(CapturedOutput logs) {
        String eventId = send("planned", "proposed", null, null, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(email) >= 1);

        ReceivedMail mail = Inbox.of(email).get(0);
        String token = ManageTokens.derive(seriesId, 1);
        String link = "https://book.spinecare.test/series/" + seriesId + "#token=" + token;
        assertThat(mail.subject()).isEqualTo("Your follow-up visits after surgery – please confirm");
        assertThat(mail.text())
                .contains("Dear Ravi Kumar")
                .contains("Monday 3 June 2030")
                .contains("1. Wound check")
                .contains("Friday 14 June 2030, 09:00–09:20 (Asia/Kolkata, UTC+05:30)")
                .contains("Specialist: Dr Anil Rao")
                .contains("2. Review at 6 weeks")
                .contains("Before it:  your lumbar X-ray, not older than 2 weeks")
                .contains("3. Review at 6 months")
                .contains(
                        "between Tuesday 12 November 2030 to Tuesday 24 December 2030; the clinic will offer you a time")
                .contains(link);
        assertThat(mail.text().indexOf("your lumbar X-ray"))
                .as("the X-ray belongs to the 6-week review, not the wound check")
                .isGreaterThan(mail.text().indexOf("2. Review at 6 weeks"));
        assertThat(mail.html()).contains("href=\"" + link + "\"").contains("lumbar X-ray, not older than 2 weeks");

        List<CalendarAttachment> files = mail.attachments();
        assertThat(files)
                .extracting(CalendarAttachment::fileName)
                .containsExactly("visit-1-wound-check.ics", "visit-2-review-6-weeks.ics");
        assertThat(files.get(0).contentType()).contains("text/calendar").contains("method=REQUEST");
        for (CalendarAttachment file : files) {
            ICalendar parsed = file.parsed();
            assertThat(parsed.getMethod().getValue()).isEqualTo("REQUEST");
            VTimezone zone = parsed.getTimezoneInfo().getComponents().iterator().next();
            assertThat(zone.getTimezoneId().getValue()).isEqualTo("Asia/Kolkata");
            VEvent event = parsed.getEvents().get(0);
            assertThat(event.getSequence().getValue()).isZero();
            assertThat(event.getStatus().getValue()).isEqualTo("TENTATIVE");
            assertThat(file.ics().replace("\r\n ", ""))
                    .as("calendars sync to third parties: no token in a calendar file")
                    .doesNotContain(token.substring(3))
                    .doesNotContain("token=")
                    .contains("URL:https://book.spinecare.test/series/" + seriesId);
        }
        VEvent wound = files.get(0).parsed().getEvents().get(0);
        assertThat(wound.getUid().getValue()).isEqualTo("wound-check." + seriesId + "@spinecare.io");
        assertThat(wound.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2030-06-14T03:30:00Z"));
        assertThat(wound.getSummary().getValue()).isEqualTo("Wound check with Dr Anil Rao");
        assertThat(files.get(1).parsed().getEvents().get(0).getUid().getValue())
                .isEqualTo("review-6-weeks." + seriesId + "@spinecare.io");

        // the same event again (a redelivery): the delivery's claim refuses a second e-mail
        resend(eventId, "planned", "proposed", null, null, false);
        send("changed", "proposed", "visit-moved", "wound-check", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(email) >= 2);
        assertThat(Inbox.count(email, "please confirm")).isEqualTo(1);
        assertThat(logs.getAll())
                .doesNotContain(email)
                .doesNotContain("Ravi Kumar")
                .doesNotContain(token.substring(3));
    }

    @Test
    void aMovedProposalUpdatesItsEntryAndAConfirmationReplacesEveryProposalByTheBookedAppointment() {
        send("changed", "proposed", "visit-moved", "wound-check", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(email, "has moved") == 1);
        ReceivedMail moved = Inbox.of(email).get(0);
        assertThat(moved.text()).contains("Your visit \"Wound check\" is now on Friday 14 June 2030, 09:00–09:20");
        assertThat(moved.attachments()).singleElement().satisfies(file -> {
            VEvent event = file.parsed().getEvents().get(0);
            assertThat(file.parsed().getMethod().getValue()).isEqualTo("REQUEST");
            assertThat(event.getUid().getValue()).isEqualTo("wound-check." + seriesId + "@spinecare.io");
            assertThat(event.getSequence().getValue())
                    .as("a later version of the proposal")
                    .isPositive();
        });

        send("confirmed", "confirmed", null, null, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(email, "are booked") == 1);
        ReceivedMail confirmed = Inbox.of(email).stream()
                .filter(m -> m.subject().contains("are booked"))
                .findFirst()
                .orElseThrow();
        assertThat(confirmed.text())
                .contains("1. Wound check: Friday 14 June 2030")
                .contains("Dr Anil Rao");
        List<CalendarAttachment> files = confirmed.attachments();
        assertThat(files)
                .extracting(f -> f.parsed().getMethod().getValue() + " "
                        + f.parsed().getEvents().get(0).getUid().getValue())
                .containsExactly(
                        "CANCEL wound-check." + seriesId + "@spinecare.io",
                        "REQUEST apt-wound-" + seriesId + "@spinecare.io",
                        "CANCEL review-6-weeks." + seriesId + "@spinecare.io",
                        "REQUEST apt-review-" + seriesId + "@spinecare.io");
        assertThat(files.get(1).parsed().getEvents().get(0).getStatus().getValue())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void anErasedPatientGetsNoSeriesEmail() {
        bookingService.forgets(appointmentId);
        int before = bookingService.lookups();
        send("planned", "proposed", null, null, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> bookingService.lookups() > before);
        // a later message to another patient arrives, so the series event was handled before it
        String other = "apt-" + UUID.randomUUID();
        String otherEmail = "other." + UUID.randomUUID() + "@patients.test";
        bookingService.knows(other, "Other Patient", otherEmail, "+91 90000 00043");
        sendFor(other, UUID.randomUUID().toString(), "planned", "proposed", null, null, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Inbox.count(otherEmail) == 1);
        assertThat(Inbox.count(email)).isZero();
    }

    private String send(String type, String status, String change, String visitId, boolean booked) {
        String eventId = UUID.randomUUID().toString();
        resend(eventId, type, status, change, visitId, booked);
        return eventId;
    }

    private void resend(String eventId, String type, String status, String change, String visitId, boolean booked) {
        sendFor(appointmentId, eventId, type, status, change, visitId, booked);
    }

    private void sendFor(
            String appointment,
            String eventId,
            String type,
            String status,
            String change,
            String visitId,
            boolean booked) {
        String series = "series-" + appointment;
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("schemaVersion", 1);
        body.put("seriesId", series);
        body.put("appointmentId", appointment);
        body.put("status", status);
        body.put("procedureId", "spinal-fusion");
        body.put("surgeryDate", "2030-06-03");
        body.put("surgeonId", "dr-anil-rao");
        body.put("patient", Map.of("channels", List.of("EMAIL")));
        body.put("tokenGeneration", 1);
        body.put(
                "visits",
                List.of(
                        visit(
                                "wound-check",
                                "Wound check",
                                "2030-06-14",
                                "2030-06-21",
                                List.of(),
                                "2030-06-14T09:00:00+05:30",
                                booked ? "apt-wound-" + series : null),
                        visit(
                                "review-6-weeks",
                                "Review at 6 weeks",
                                "2030-07-08",
                                "2030-07-22",
                                List.of(Map.of("modality", "XRAY", "region", "LUMBAR", "takenWithin", "P2W")),
                                "2030-07-15T10:00:00+05:30",
                                booked ? "apt-review-" + series : null),
                        visit(
                                "review-6-months",
                                "Review at 6 months",
                                "2030-11-12",
                                "2030-12-24",
                                List.of(Map.of("modality", "XRAY", "region", "LUMBAR", "takenWithin", "P2W")),
                                null,
                                null)));
        if (change != null) {
            body.put("change", change);
        }
        if (visitId != null) {
            body.put("visitId", visitId);
        }
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "/spinecare/booking-service");
        headers.put("ce_type", "io.spinecare.series." + type + ".v1");
        headers.put("ce_subject", series);
        headers.put("ce_time", MutableClock.shared().instant().toString());
        headers.put("content-type", "application/json");
        events.send(series, headers, JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> visit(
            String id,
            String name,
            String earliest,
            String latest,
            List<Map<String, String>> imaging,
            String start,
            String appointment) {
        Map<String, Object> visit = new java.util.LinkedHashMap<>();
        visit.put("visitId", id);
        visit.put("name", name);
        visit.put("earliest", earliest);
        visit.put("target", earliest);
        visit.put("latest", latest);
        visit.put("imaging", imaging);
        if (start != null) {
            OffsetDateTime at = OffsetDateTime.parse(start);
            visit.put("slotId", "slot-" + id);
            visit.put("specialistId", "dr-anil-rao");
            visit.put("specialistName", "Dr Anil Rao");
            visit.put("start", at.toString());
            visit.put("end", at.plusMinutes(20).toString());
            visit.put("timeZone", "Asia/Kolkata");
        }
        if (appointment != null) {
            visit.put("appointmentId", appointment);
        }
        return visit;
    }
}
