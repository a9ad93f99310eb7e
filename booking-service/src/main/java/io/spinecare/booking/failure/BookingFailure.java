package io.spinecare.booking.failure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the booking rules refuse on purpose. Domain code throws one of the four kinds and knows
 * nothing of HTTP; {@code web/FailureProblems} turns each kind into a status and a problem+json answer,
 * in one place. The {@code slug} is the stable problem type clients branch on, so slugs are never renamed.
 */
public abstract sealed class BookingFailure extends RuntimeException {

    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private BookingFailure(String slug, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>();
    }

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String message) {}

    /** The thing asked for does not exist (or may not be seen by who asks). */
    public static final class NotFound extends BookingFailure {
        private NotFound(String slug, String title, String detail) {
            super(slug, title, detail, List.of());
        }
    }

    /** The request clashes with the current state: a taken slot, a concurrent change, a wrong status. */
    public static final class Conflict extends BookingFailure {
        private Conflict(String slug, String title, String detail) {
            super(slug, title, detail, List.of());
        }
    }

    /** The request is well formed but a booking rule refuses it (a slot that does not fit, an unknown id). */
    public static final class Refused extends BookingFailure {
        private Refused(String slug, String title, String detail, List<FieldError> errors) {
            super(slug, title, detail, errors);
        }
    }

    /** The request itself is malformed (a parameter or header of the wrong shape). */
    public static final class InvalidRequest extends BookingFailure {
        private InvalidRequest(String slug, String title, String detail, List<FieldError> errors) {
            super(slug, title, detail, errors);
        }
    }

    public static NotFound notFound(String slug, String title, String detail) {
        return new NotFound(slug, title, detail);
    }

    public static Conflict conflict(String slug, String title, String detail) {
        return new Conflict(slug, title, detail);
    }

    public static Refused refused(String slug, String title, String detail) {
        return new Refused(slug, title, detail, List.of());
    }

    public static Refused refused(String slug, String title, String detail, List<FieldError> errors) {
        return new Refused(slug, title, detail, errors);
    }

    /** A request that names something that does not exist (a condition, a slot, a red flag). */
    public static Refused unknownReference(String field, String detail) {
        return new Refused(
                "unknown-reference",
                "The request refers to something that does not exist",
                detail,
                List.of(new FieldError(field, detail)));
    }

    public static InvalidRequest invalid(String slug, String title, String detail, List<FieldError> errors) {
        return new InvalidRequest(slug, title, detail, errors);
    }

    /** Adds a member to the answer beside type, title and detail (the emergency advice, say). */
    public BookingFailure with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
