package io.spinecare.booking.patient;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.web.DateBounds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Query parameters that may be a date (a whole clinic day) or a date-time with offset. */
final class TimeParameters {

    private TimeParameters() {}

    static Optional<Instant> startOf(String name, String value, ZoneId zone) {
        return parse(name, value, zone, 0);
    }

    /** A bare date as the end of a range includes that whole day. */
    static Optional<Instant> endOf(String name, String value, ZoneId zone) {
        return parse(name, value, zone, 1);
    }

    private static Optional<Instant> parse(String name, String value, ZoneId zone, int daysAfterDate) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                return Optional.of(DateBounds.check(name, LocalDate.parse(value))
                        .plusDays(daysAfterDate)
                        .atStartOfDay(zone)
                        .toInstant());
            }
            return Optional.of(
                    DateBounds.check(name, OffsetDateTime.parse(value)).toInstant());
        } catch (DateTimeParseException e) {
            throw BookingFailure.invalid(
                    "validation-failed",
                    "The request has invalid fields",
                    "Some fields are missing or invalid.",
                    List.of(new BookingFailure.FieldError(
                            name, "must be a date (2026-12-01) or a date-time with offset")));
        }
    }
}
