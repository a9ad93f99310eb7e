package io.spinecare.booking.web;

import java.net.URI;

/**
 * The catalogue of problem types booking-service and the gateway in front of it answer with. Each {@code type} URI
 * is stable (clients branch on it) and explained on its own section of {@code docs/problems.md}. The OpenAPI document
 * lists, per operation, the problems named by its {@link ProblemResponses}.
 */
public enum ApiProblem {
    VALIDATION_FAILED(400, "validation-failed", "The request has invalid fields"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body is not valid JSON of the expected shape"),
    BAD_REQUEST(400, "bad-request", "The request was rejected"),
    INVALID_REQUEST(400, "invalid-request", "Invalid request"),
    UNAUTHORIZED(401, "unauthorized", "A valid staff token is required"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    INVALID_CREDENTIALS(401, "invalid-credentials", "Invalid credentials"),
    FORBIDDEN(403, "forbidden", "This needs the front-desk role"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable"),
    SLOT_NOT_FOUND(404, "slot-not-found", "No such slot"),
    APPOINTMENT_NOT_FOUND(404, "appointment-not-found", "No appointment with this reference and token"),
    SPECIALIST_NOT_FOUND(404, "specialist-not-found", "No such specialist"),
    CONDITION_NOT_FOUND(404, "condition-not-found", "No such condition"),
    PROCEDURE_NOT_FOUND(404, "procedure-not-found", "No such procedure"),
    OFFER_NOT_FOUND(404, "offer-not-found", "No waitlist offer with this id and token"),
    WAITLIST_ENTRY_NOT_FOUND(404, "waitlist-entry-not-found", "No such waitlist entry"),
    SERIES_NOT_FOUND(404, "series-not-found", "No follow-up series with this id and token"),
    SLOT_TAKEN(409, "slot-taken", "The slot is no longer available"),
    SLOT_CONTENDED(409, "slot-contended", "The slot is changing right now"),
    SLOT_NOT_BLOCKED(409, "slot-not-blocked", "Only a blocked slot can be released"),
    APPOINTMENT_CONTENDED(409, "appointment-contended", "The appointment is changing right now"),
    APPOINTMENT_CHANGING(409, "appointment-changing", "The appointment is being changed by another request"),
    IDEMPOTENCY_KEY_FAILED(
            409, "idempotency-key-failed", "The earlier request with this Idempotency-Key did not complete"),
    APPOINTMENT_NOT_ACTIVE(409, "appointment-not-active", "The appointment can no longer be changed"),
    TOO_LATE_TO_CHANGE(409, "too-late-to-change", "It is too late to change this appointment online"),
    WRONG_STATUS(409, "wrong-status", "Not possible in the appointment's current status"),
    NOT_TODAY(409, "not-today", "Check-in is only possible on the day"),
    NOT_STARTED(409, "not-started", "The appointment has not started yet"),
    NO_CHANGE(409, "no-change", "The appointment already has that status"),
    NO_URGENT_REVIEW(409, "no-urgent-review", "This appointment is not flagged for urgent review"),
    REVIEW_ALREADY_ACKNOWLEDGED(409, "review-already-acknowledged", "The urgent review was already acknowledged"),
    SPECIALIST_EXISTS(409, "specialist-exists", "That specialist id is taken"),
    OFFER_CLOSED(409, "offer-closed", "This offer is no longer open"),
    NO_SLOT_TO_OFFER(409, "no-slot-to-offer", "Nothing can be offered to this entry now"),
    SERIES_EXISTS(409, "series-exists", "A follow-up series is already planned for this appointment"),
    SERIES_CHANGING(409, "series-changing", "The series is being changed by another request"),
    SERIES_NOT_PROPOSED(409, "series-not-proposed", "The series is no longer waiting for confirmation"),
    SERIES_INCOMPLETE(409, "series-incomplete", "Some visits of the series have no slot yet"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
    SLOT_NOT_BOOKABLE(422, "slot-not-bookable", "The slot cannot be booked"),
    SLOT_DOES_NOT_FIT(422, "slot-does-not-fit", "This slot does not fit the consultation"),
    SAME_SLOT(422, "same-slot", "That is the appointment's current slot"),
    UNKNOWN_REFERENCE(422, "unknown-reference", "The request refers to something that does not exist"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "This Idempotency-Key was used for a different request"),
    INVALID_DATE_RANGE(422, "invalid-date-range", "The date range is not acceptable"),
    NOT_CORRECTABLE(422, "not-correctable", "That status cannot be set by a correction"),
    OUTSIDE_FOLLOW_UP_WINDOW(422, "outside-follow-up-window", "The slot is outside the visit's window"),
    EMERGENCY_CARE_ADVISED(422, "emergency-care-advised", "Please seek emergency care now"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Something went wrong on our side"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway Timeout");

    /** Where every SpineCare problem type lives; the slug follows. */
    public static final String TYPE_BASE = ProblemException.TYPE_BASE;

    private final int status;
    private final String slug;
    private final String title;

    ApiProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create(TYPE_BASE + slug);
    }
}
