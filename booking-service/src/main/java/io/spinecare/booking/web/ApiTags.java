package io.spinecare.booking.web;

/** The feature tags of the OpenAPI document; operations name theirs in their {@code *ApiDocs} interface. */
public final class ApiTags {

    public static final String CATALOGUE = "Catalogue";
    public static final String SPECIALISTS = "Specialists";
    public static final String SLOTS = "Slots";
    public static final String APPOINTMENTS = "Appointments";
    public static final String WAITLIST = "Waitlist";
    public static final String DESK_SPECIALISTS = "Desk: specialists";
    public static final String DESK_SLOTS = "Desk: slots";
    public static final String DESK_AGENDA = "Desk: agenda";
    public static final String DESK_APPOINTMENTS = "Desk: appointments";
    public static final String DESK_WAITLIST = "Desk: waitlist";
    public static final String DESK_PRIVACY = "Desk: privacy";
    public static final String INTERNAL = "Internal";
    public static final String FOLLOW_UP_SERIES = "Follow-up series";
    public static final String DESK_FOLLOW_UP_SERIES = "Desk: follow-up series";
    public static final String DESK_AUDIT = "Desk: audit";

    private ApiTags() {}
}
