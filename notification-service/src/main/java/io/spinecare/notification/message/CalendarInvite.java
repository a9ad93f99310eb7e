package io.spinecare.notification.message;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An iTIP (RFC 5546) invitation as an RFC 5545 iCalendar object. Times are local to the clinic's zone with
 * TZID and a matching VTIMEZONE, so calendars show the appointment in the clinic's time however the
 * patient's device is set. The UID is fixed per appointment; SEQUENCE grows with every revision, so a
 * reschedule replaces the entry and a CANCEL removes it.
 */
record CalendarInvite(
        String method,
        String uid,
        int sequence,
        Instant stamp,
        Instant start,
        Instant end,
        ZoneId zone,
        String status,
        String summary,
        String location,
        String description,
        String url,
        String organizerName,
        String organizerEmail,
        String attendeeName,
        String attendeeEmail) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    String render() {
        IcsWriter ics = new IcsWriter();
        ics.line("BEGIN:VCALENDAR");
        ics.line("PRODID:-//SpineCare//Notification Service//EN");
        ics.line("VERSION:2.0");
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:" + method);
        VTimezone.write(ics, zone, start, end);
        ics.line("BEGIN:VEVENT");
        ics.line("UID:" + uid);
        ics.line("SEQUENCE:" + sequence);
        ics.line("DTSTAMP:" + UTC.format(stamp));
        ics.line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start.atZone(zone)));
        ics.line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(end.atZone(zone)));
        ics.line("STATUS:" + status);
        ics.line("SUMMARY:" + IcsWriter.text(summary));
        if (location != null && !location.isBlank()) {
            ics.line("LOCATION:" + IcsWriter.text(location));
        }
        ics.line("DESCRIPTION:" + IcsWriter.text(description));
        if (url != null) {
            ics.line("URL;VALUE=URI:" + url);
        }
        ics.line("ORGANIZER;CN=" + IcsWriter.param(organizerName) + ":mailto:" + organizerEmail);
        ics.line("ATTENDEE;CN=" + IcsWriter.param(attendeeName)
                + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + attendeeEmail);
        ics.line("TRANSP:OPAQUE");
        ics.line("END:VEVENT");
        ics.line("END:VCALENDAR");
        return ics.toString();
    }
}
