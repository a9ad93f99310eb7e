package io.spinecare.notification.message;

import java.util.List;

/**
 * A rendered e-mail: subject, plain-text and HTML alternatives, an optional iCalendar invitation, and
 * calendar files attached on their own (a series' message: one per visit).
 */
public record EmailContent(
        String subject, String text, String html, CalendarPart calendar, List<CalendarFile> attachments) {

    public EmailContent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public EmailContent(String subject, String text, String html, CalendarPart calendar) {
        this(subject, text, html, calendar, List.of());
    }

    /** One iCalendar object sent as an attachment named {@code fileName}. */
    public record CalendarFile(String fileName, String method, String ics) {}

    /** An iCalendar object and its iTIP method (REQUEST or CANCEL), sent as text/calendar and as invite.ics. */
    public record CalendarPart(String method, String ics) {}
}
