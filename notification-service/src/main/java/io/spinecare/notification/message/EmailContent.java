package io.spinecare.notification.message;

/** A rendered e-mail: subject, plain-text and HTML alternatives, and an optional iCalendar object. */
public record EmailContent(String subject, String text, String html, CalendarPart calendar) {

    /** An iCalendar object and its iTIP method (REQUEST or CANCEL), sent as text/calendar and as invite.ics. */
    public record CalendarPart(String method, String ics) {}
}
