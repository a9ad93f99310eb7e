package io.spinecare.notification.message;

/** Every message the clinic sends, and whether its e-mail carries a calendar object. */
public enum MessageKind {
    CONFIRMATION("confirmation", CalendarMethod.REQUEST),
    PREREQUISITE_INSTRUCTIONS("prerequisites", CalendarMethod.NONE),
    PREREQUISITES_VERIFIED("verified", CalendarMethod.NONE),
    REMINDER("reminder", CalendarMethod.NONE),
    RESCHEDULE("reschedule", CalendarMethod.REQUEST),
    CANCELLATION("cancellation", CalendarMethod.CANCEL),
    /** A scan is still missing and its due date is near (sent {@code scanDueLead} before it). */
    SCAN_REMINDER("scan-reminder", CalendarMethod.NONE),
    /** To the clinic's triage address, never to a patient: an urgent red flag needs review. */
    TRIAGE_ALERT("triage-alert", CalendarMethod.NONE),
    /** A follow-up series was planned: every visit, an {@code .ics} per visit, one link to confirm or change. */
    SERIES_PLANNED("series-planned", CalendarMethod.NONE),
    /** The patient confirmed the series: every visit is booked. */
    SERIES_CONFIRMED("series-confirmed", CalendarMethod.NONE),
    /** A visit of the series moved, or the series was cancelled. */
    SERIES_CHANGED("series-changed", CalendarMethod.NONE),
    /** A freed slot held for a waiting patient: accept, decline or leave the list from its private link. */
    WAITLIST_OFFER("waitlist-offer", CalendarMethod.NONE);

    private final String template;
    private final CalendarMethod calendar;

    MessageKind(String template, CalendarMethod calendar) {
        this.template = template;
        this.calendar = calendar;
    }

    /** Series messages carry one calendar file per visit instead of one invitation. */
    public boolean series() {
        return this == SERIES_PLANNED || this == SERIES_CONFIRMED || this == SERIES_CHANGED;
    }

    String template() {
        return template;
    }

    CalendarMethod calendar() {
        return calendar;
    }

    enum CalendarMethod {
        NONE,
        REQUEST,
        CANCEL
    }
}
