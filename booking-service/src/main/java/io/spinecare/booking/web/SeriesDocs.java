package io.spinecare.booking.web;

/** What the patient's and the desk's follow-up series operations say alike in the OpenAPI document. */
public final class SeriesDocs {

    public static final String SERIES_EXAMPLE = "series-0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f";
    public static final String VISIT_ID = "The visit's id in the procedure's schedule.";
    public static final String FREE_SLOTS =
            "Free post-operative slots inside the visit's window, earliest first (at most 60)";
    public static final String CANCEL =
            "Lets the held slots go, or cancels the visits still to come; past visits stay.";

    private SeriesDocs() {}
}
