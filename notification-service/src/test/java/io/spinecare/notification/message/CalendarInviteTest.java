package io.spinecare.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarInviteTest {

    @ParameterizedTest
    @CsvSource({
        "Asia/Kolkata, 2026-12-01T10:00",
        "Europe/London, 2027-06-15T09:30",
        "Europe/London, 2027-01-15T09:30",
        "Europe/Berlin, 2027-03-28T14:00",
        "America/New_York, 2026-11-01T11:00",
        "Australia/Sydney, 2027-04-04T10:00",
        "UTC, 2026-12-01T10:00"
    })
    void theTimeZoneBlockGivesTheSameOffsetAsTheZoneRulesAtTheAppointment(String zoneId, String localStart) {
        ZoneId zone = ZoneId.of(zoneId);
        ZonedDateTime start = LocalDateTime.parse(localStart).atZone(zone);

        List<String> lines = unfold(invite(zone, start.toInstant(), "REQUEST").render());

        assertThat(lines).contains("TZID:" + zoneId);
        assertThat(lines)
                .contains("DTSTART;TZID=" + zoneId + ":"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(start));
        assertThat(offsetInForce(lines, start.toLocalDateTime())).isEqualTo(start.getOffset());
        assertThat(offsetInForce(lines, start.toLocalDateTime().plusMinutes(30)))
                .isEqualTo(start.plusMinutes(30).getOffset());
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneStandardObservance() {
        List<String> lines = unfold(invite(ZoneId.of("Asia/Kolkata"), Instant.parse("2026-12-01T04:30:00Z"), "REQUEST")
                .render());

        assertThat(lines)
                .containsSubsequence(
                        "BEGIN:VTIMEZONE",
                        "TZID:Asia/Kolkata",
                        "BEGIN:STANDARD",
                        "TZOFFSETTO:+0530",
                        "END:STANDARD",
                        "END:VTIMEZONE");
        assertThat(lines).noneMatch(line -> line.equals("BEGIN:DAYLIGHT"));
    }

    @Test
    void aZoneWithDaylightSavingListsBothObservancesAroundTheAppointment() {
        List<String> lines = unfold(invite(ZoneId.of("Europe/London"), Instant.parse("2027-06-15T08:30:00Z"), "REQUEST")
                .render());

        assertThat(lines).contains("BEGIN:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETTO:+0100", "TZOFFSETTO:+0000");
        assertThat(lines)
                .contains("DTSTART;TZID=Europe/London:20270615T093000", "DTEND;TZID=Europe/London:20270615T100000");
    }

    @Test
    void linesEndInCrlfAndAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() {
        CalendarInvite invite = new CalendarInvite(
                "REQUEST",
                "apt-1@spinecare.io",
                3,
                Instant.parse("2026-11-20T06:00:00Z"),
                Instant.parse("2026-12-01T04:30:00Z"),
                Instant.parse("2026-12-01T05:00:00Z"),
                ZoneId.of("Asia/Kolkata"),
                "CONFIRMED",
                "Spine consultation with Dr Zoë Ångström-Østergård, Endoscopic spine surgery; room 2",
                "SpineCare Clinic, OPD 2",
                "Réf SC-1; ".repeat(20),
                "https://book.spinecare.test/manage/SC-1",
                "SpineCare Clinic",
                "appointments@spinecare.example",
                "Asha \"A\" Verma",
                "asha@patients.test");

        String ics = invite.render();

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\uFFFD");
        }
        assertThat(unfold(ics))
                .contains(
                        "SUMMARY:Spine consultation with Dr Zoë Ångström-Østergård\\, Endoscopic spine surgery\\; room 2")
                .contains(
                        "ATTENDEE;CN=\"Asha A Verma\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:asha@patients.test")
                .contains("SEQUENCE:3", "DTSTAMP:20261120T060000Z");
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() {
        List<String> lines = unfold(invite(ZoneId.of("Asia/Kolkata"), Instant.parse("2026-12-01T04:30:00Z"), "CANCEL")
                .render());

        assertThat(lines).contains("METHOD:CANCEL", "UID:apt-1@spinecare.io", "STATUS:CANCELLED");
    }

    private static CalendarInvite invite(ZoneId zone, Instant start, String method) {
        return new CalendarInvite(
                method,
                "apt-1@spinecare.io",
                0,
                Instant.parse("2026-11-20T06:00:00Z"),
                start,
                start.plusSeconds(1800),
                zone,
                method.equals("CANCEL") ? "CANCELLED" : "CONFIRMED",
                "Spine consultation",
                "SpineCare Clinic, OPD 2",
                "Reference SC-1",
                null,
                "SpineCare Clinic",
                "appointments@spinecare.example",
                "Asha Verma",
                "asha@patients.test");
    }

    static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    /** Reads the VTIMEZONE as a calendar client would: the latest onset not after the local time wins. */
    private static ZoneOffset offsetInForce(List<String> lines, LocalDateTime local) {
        DateTimeFormatter onsetFormat = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        List<LocalDateTime> onsets = new ArrayList<>();
        List<ZoneOffset> offsets = new ArrayList<>();
        boolean inZone = false;
        for (String line : lines) {
            if (line.equals("BEGIN:VTIMEZONE")) inZone = true;
            if (line.equals("END:VTIMEZONE")) inZone = false;
            if (inZone && line.startsWith("DTSTART:")) onsets.add(LocalDateTime.parse(line.substring(8), onsetFormat));
            if (inZone && line.startsWith("TZOFFSETTO:")) offsets.add(ZoneOffset.of(line.substring(11)));
        }
        ZoneOffset found = null;
        LocalDateTime best = null;
        for (int i = 0; i < onsets.size(); i++) {
            if (!onsets.get(i).isAfter(local) && (best == null || onsets.get(i).isAfter(best))) {
                best = onsets.get(i);
                found = offsets.get(i);
            }
        }
        return found;
    }
}
