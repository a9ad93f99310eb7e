package io.spinecare.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ParseWarning;
import biweekly.util.DateTimeComponents;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
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

        String ics = invite(zone, start.toInstant(), "REQUEST").render();

        assertThat(unfold(ics))
                .contains("DTSTART;TZID=" + zoneId + ":"
                        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(start));
        ICalendar parsed = parse(ics);
        VEvent event = parsed.getEvents().get(0);
        VTimezone vtimezone =
                parsed.getTimezoneInfo().getComponents().iterator().next();
        assertThat(parsed.getTimezoneInfo().getComponents()).hasSize(1);
        assertThat(vtimezone.getTimezoneId().getValue()).isEqualTo(zoneId);
        assertThat(parsed.getTimezoneInfo().getTimezone(event.getDateStart()).getComponent())
                .isSameAs(vtimezone);
        assertThat(local(event.getDateStart().getValue().getRawComponents())).isEqualTo(start.toLocalDateTime());
        assertThat(offsetInForce(vtimezone, start.toLocalDateTime())).isEqualTo(start.getOffset());
        assertThat(offsetInForce(vtimezone, start.toLocalDateTime().plusMinutes(30)))
                .isEqualTo(start.plusMinutes(30).getOffset());
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneStandardObservance() {
        VTimezone zone = parse(invite(ZoneId.of("Asia/Kolkata"), Instant.parse("2026-12-01T04:30:00Z"), "REQUEST")
                        .render())
                .getTimezoneInfo()
                .getComponents()
                .iterator()
                .next();

        assertThat(zone.getDaylightSavingsTime()).isEmpty();
        assertThat(zone.getStandardTimes()).singleElement().satisfies(standard -> assertThat(
                        standard.getTimezoneOffsetTo().getValue().getMillis())
                .isEqualTo(19_800_000L));
    }

    @Test
    void aZoneWithDaylightSavingListsBothObservancesAroundTheAppointment() {
        String ics = invite(ZoneId.of("Europe/London"), Instant.parse("2027-06-15T08:30:00Z"), "REQUEST")
                .render();
        VTimezone zone = parse(ics).getTimezoneInfo().getComponents().iterator().next();

        assertThat(zone.getDaylightSavingsTime()).isNotEmpty();
        assertThat(zone.getStandardTimes()).isNotEmpty();
        assertThat(unfold(ics))
                .contains("DTSTART;TZID=Europe/London:20270615T093000", "DTEND;TZID=Europe/London:20270615T100000");
    }

    /**
     * The library folds at 75 characters (not octets as the RFC suggests; clients unfold any length) and never
     * inside a surrogate pair; what matters is that every text comes back exactly as written.
     */
    @Test
    void linesEndInCrlfAreFoldedAndEveryTextComesBackExactly() {
        String summary =
                "Spine consultation with Dr Zoë Ångström-Østergård, Endoscopic spine surgery; room 2 \uD83E\uDDB4";
        String description = "Réf SC-1; ".repeat(20) + "\nsecond line, with \\ backslash";
        CalendarInvite invite = new CalendarInvite(
                "REQUEST",
                "apt-1@spinecare.io",
                3,
                Instant.parse("2026-11-20T06:00:00Z"),
                Instant.parse("2026-12-01T04:30:00Z"),
                Instant.parse("2026-12-01T05:00:00Z"),
                ZoneId.of("Asia/Kolkata"),
                "CONFIRMED",
                summary,
                "SpineCare Clinic, OPD 2",
                description,
                "https://book.spinecare.test/manage/SC-1",
                "SpineCare Clinic",
                "appointments@spinecare.example",
                "Asha \"A\" Verma\r\nX-Injected: yes",
                "asha@patients.test");

        String ics = invite.render();

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String physical : ics.split("\r\n")) {
            assertThat(physical.length()).isLessThanOrEqualTo(75);
            assertThat(Character.isHighSurrogate(physical.charAt(physical.length() - 1)))
                    .as("a surrogate pair is never split")
                    .isFalse();
        }
        VEvent event = parse(ics).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(summary);
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getLocation().getValue()).isEqualTo("SpineCare Clinic, OPD 2");
        assertThat(event.getSequence().getValue()).isEqualTo(3);
        assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
        assertThat(event.getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getCommonName()).isEqualTo("Asha A Verma  X-Injected: yes");
            assertThat(attendee.getEmail()).isEqualTo("asha@patients.test");
            assertThat(attendee.getRsvp()).isFalse();
        });
    }

    @Test
    void aCancellationKeepsTheUidAndSaysCancelled() {
        ICalendar parsed = parse(invite(ZoneId.of("Asia/Kolkata"), Instant.parse("2026-12-01T04:30:00Z"), "CANCEL")
                .render());

        assertThat(parsed.getMethod().getValue()).isEqualTo("CANCEL");
        VEvent event = parsed.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("apt-1@spinecare.io");
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
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

    /** Parses with the same library, failing on anything it had to guess at. */
    static ICalendar parse(String ics) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> all = Biweekly.parse(ics).warnings(warnings).all();
        assertThat(all).hasSize(1);
        assertThat(warnings).allSatisfy(list -> assertThat(list).isEmpty());
        return all.get(0);
    }

    /**
     * Reads the parsed VTIMEZONE as a calendar client would: the latest onset not after the local time wins.
     * (Done here rather than by the library's own zone, whose UTC-to-local lookup reads a 12-hour field.)
     */
    static ZoneOffset offsetInForce(VTimezone zone, LocalDateTime local) {
        List<Observance> observances = new ArrayList<>(zone.getStandardTimes());
        observances.addAll(zone.getDaylightSavingsTime());
        return observances.stream()
                .filter(o ->
                        !local(o.getDateStart().getValue().getRawComponents()).isAfter(local))
                .max(Comparator.comparing(o -> local(o.getDateStart().getValue().getRawComponents())))
                .map(o -> ZoneOffset.ofTotalSeconds(
                        (int) (o.getTimezoneOffsetTo().getValue().getMillis() / 1000)))
                .orElseThrow();
    }

    static LocalDateTime local(DateTimeComponents c) {
        return LocalDateTime.of(c.getYear(), c.getMonth(), c.getDate(), c.getHour(), c.getMinute(), c.getSecond());
    }

    static List<String> unfold(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }
}
