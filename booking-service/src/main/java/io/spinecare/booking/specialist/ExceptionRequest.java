package io.spinecare.booking.specialist;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Leave, a holiday or other time off; whole days unless both times are given. */
public record ExceptionRequest(
        @NotNull LocalDate from,
        @NotNull LocalDate to,
        LocalTime start,
        LocalTime end,
        @NotNull AvailabilityException.Reason reason,
        @Size(max = 200) String note) {

    @AssertTrue(message = "to must not be before from, and at most a year later")
    boolean isRangeValid() {
        return from == null || to == null || (!to.isBefore(from) && !to.isAfter(from.plusYears(1)));
    }

    @AssertTrue(message = "give both start and end (end after start), or neither")
    boolean isTimeRangeValid() {
        return (start == null && end == null) || (start != null && end != null && end.isAfter(start));
    }
}
