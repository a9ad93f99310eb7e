package io.spinecare.notification.message;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.CalendarScale;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.property.Transparency;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

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

    static final String PRODUCT_ID = "-//SpineCare//Notification Service//EN";

    String render() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setCalendarScale(CalendarScale.gregorian());
        calendar.setMethod(method);
        calendar.addEvent(event());
        calendar.getTimezoneInfo().setDefaultTimezone(ClinicTimezone.around(zone, start, end));
        return Biweekly.write(calendar).go();
    }

    private VEvent event() {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setSequence(sequence);
        event.setDateTimeStamp(Date.from(stamp));
        event.setDateStart(Date.from(start), true);
        event.setDateEnd(Date.from(end), true);
        event.setStatus(new Status(status));
        event.setSummary(summary);
        if (location != null && !location.isBlank()) {
            event.setLocation(location);
        }
        event.setDescription(description);
        if (url != null) {
            event.setUrl(url);
        }
        event.setOrganizer(new Organizer(parameter(organizerName), organizerEmail));
        Attendee attendee = new Attendee(parameter(attendeeName), attendeeEmail);
        attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(false);
        event.addAttendee(attendee);
        event.setTransparency(Transparency.opaque());
        return event;
    }

    /** A name as a parameter value: DQUOTE and line breaks cannot be escaped there (RFC 5545 3.2), so they go. */
    private static String parameter(String value) {
        return value == null ? "" : value.replace("\"", "").replaceAll("[\\r\\n]", " ");
    }
}
