package io.spinecare.booking.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The one policy for dates and times a request may carry, in a body or a query parameter: years 1900 to 2200.
 * Nothing SpineCare schedules or records lies outside, and every stored value stays far from what BSON dates and
 * {@code java.time} arithmetic can hold. Narrower rules (a birth date in the past, a booking within the horizon)
 * come on top of this one.
 */
public final class DateBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    public static final String MESSAGE = "must be a date between " + FIRST_YEAR + " and " + LAST_YEAR;

    private DateBounds() {}

    /** Whether a java.time value (or anything else, which is not a date) lies within the policy. */
    public static boolean contains(Object value) {
        Integer year = yearOf(value);
        return year == null || (year >= FIRST_YEAR && year <= LAST_YEAR);
    }

    /** The value itself, or a 400 naming the field (never the value) when it lies outside the policy. */
    public static <T> T check(String field, T value) {
        if (!contains(value)) {
            throw ProblemException.badRequest(
                    "validation-failed",
                    "The request has invalid fields",
                    "Some fields are missing or invalid.",
                    List.of(new FieldProblem(field, MESSAGE)));
        }
        return value;
    }

    private static Integer yearOf(Object value) {
        try {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC).getYear();
            }
            if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
                return temporal.get(ChronoField.YEAR);
            }
            return null;
        } catch (DateTimeException e) {
            return Integer.MIN_VALUE; // an instant beyond what a year can express is out of bounds too
        }
    }
}
