package io.spinecare.booking.web;

/** A typical {@code detail} for each problem type, as the examples of the OpenAPI document show it. */
final class ProblemExamples {

    private ProblemExamples() {}

    static String detailOf(ApiProblem problem) {
        return switch (problem) {
            case VALIDATION_FAILED -> "Some fields are missing or invalid.";
            case MALFORMED_REQUEST -> "A field has the wrong type or format.";
            case BAD_REQUEST -> "The request could not be understood.";
            case INVALID_REQUEST -> "username and password are required.";
            case UNAUTHORIZED -> "Send a Bearer token issued to front-desk staff.";
            case INVALID_CREDENTIALS -> "The user name or password is wrong.";
            case UNAUTHENTICATED -> "A valid staff access token is required for this resource.";
            case FORBIDDEN -> "The token does not carry the role front-desk.";
            case NOT_FOUND -> "No resource at this path.";
            case METHOD_NOT_ALLOWED -> "Request method 'DELETE' is not supported.";
            case NOT_ACCEPTABLE -> "Acceptable representations: [application/json, application/problem+json].";
            case SLOT_NOT_FOUND -> "There is no slot 'dr-meera-iyer-20261203T0430Z'.";
            case APPOINTMENT_NOT_FOUND -> "No appointment matches this reference and manage token.";
            case SPECIALIST_NOT_FOUND -> "There is no specialist 'dr-meera-iyer'.";
            case CONDITION_NOT_FOUND -> "The catalogue has no condition 'herniated-disk'.";
            case PROCEDURE_NOT_FOUND -> "The catalogue has no procedure 'microdiscectomy-2'.";
            case SLOT_TAKEN -> "Slot 'dr-meera-iyer-20261203T0430Z' is held or booked; pick another.";
            case SLOT_CONTENDED -> "Slot 'dr-meera-iyer-20261203T0430Z' is busy; try again.";
            case SLOT_NOT_BLOCKED -> "Slot 'dr-meera-iyer-20261203T0430Z' is not blocked.";
            case APPOINTMENT_CONTENDED -> "The appointment changed while this request ran; try again.";
            case APPOINTMENT_CHANGING -> "Reload the appointment and try again in a moment.";
            case IDEMPOTENCY_KEY_FAILED -> "Nothing was booked. Send the booking again with a new Idempotency-Key.";
            case APPOINTMENT_NOT_ACTIVE -> "The appointment is cancelled.";
            case TOO_LATE_TO_CHANGE -> "Changes online close 24 hours before the start; please call the clinic.";
            case WRONG_STATUS -> "Only a booked or pending appointment can be checked in.";
            case NOT_TODAY -> "Patients are checked in on the day of their appointment.";
            case NOT_STARTED -> "A no-show is recorded only after the appointment's start.";
            case NO_CHANGE -> "The appointment is already in that status.";
            case NO_URGENT_REVIEW -> "This appointment's answers did not ask for an urgent review.";
            case REVIEW_ALREADY_ACKNOWLEDGED -> "See the appointment's history for who acknowledged it.";
            case OFFER_NOT_FOUND -> "No open or past offer matches this id and token.";
            case WAITLIST_ENTRY_NOT_FOUND -> "There is no waitlist entry '0b7e3c1a-5d2f-4a8e-9c3b-1f2e3d4c5b6a'.";
            case OFFER_CLOSED ->
                "The offer was accepted, declined or has expired; the slot may have gone to someone else.";
            case NO_SLOT_TO_OFFER ->
                "The entry is not waiting, its patient has an open offer, or no matching slot is free.";
            case SERIES_NOT_FOUND -> "Use the link from the e-mail that listed the series.";
            case SERIES_EXISTS -> "Change the visits of the existing series instead.";
            case SERIES_CHANGING -> "Reload the series and try again in a moment.";
            case SERIES_NOT_PROPOSED -> "The series is confirmed.";
            case SERIES_INCOMPLETE -> "Choose a slot for: review-6-months.";
            case OUTSIDE_FOLLOW_UP_WINDOW -> "Choose a slot from 2030-07-08 to 2030-07-22.";
            case SPECIALIST_EXISTS -> "There is already a specialist 'dr-meera-iyer'.";
            case PAYLOAD_TOO_LARGE -> "Bodies are limited to 32768 bytes.";
            case UNSUPPORTED_MEDIA_TYPE -> "Content-Type 'text/plain' is not supported.";
            case SLOT_NOT_BOOKABLE -> "Slot 'dr-meera-iyer-20261203T0430Z' has passed or starts too soon.";
            case SLOT_DOES_NOT_FIT -> "A second opinion needs 45 minutes; this slot has 30.";
            case SAME_SLOT -> "The appointment is already in slot 'dr-meera-iyer-20261203T0430Z'.";
            case UNKNOWN_REFERENCE -> "The catalogue has no such condition.";
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was sent before with a different request.";
            case INVALID_DATE_RANGE -> "'to' is before 'from'.";
            case NOT_CORRECTABLE -> "A cancelled appointment cannot be corrected.";
            case EMERGENCY_CARE_ADVISED ->
                "Some of your answers can be signs that the spinal cord or nerves are being damaged. Please go to"
                        + " the nearest emergency department now.";
            case RATE_LIMITED -> "Too many requests from this client; try again in 12 s.";
            case INTERNAL_ERROR -> "Something went wrong on our side; the request may be retried.";
            case GATEWAY_TIMEOUT -> "The booking service did not answer in time.";
            case SERVICE_UNAVAILABLE -> "The booking service is not answering right now; please try again shortly.";
        };
    }
}
