package io.spinecare.booking.specialist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** A specialist's whole weekly pattern, replaced at once. {@code zone} defaults to the clinic's. */
public record AvailabilityRequest(
        @Size(max = 64) String zone, @NotNull @Size(max = 50) List<@NotNull @Valid Window> weekly) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "WeeklyWindowRequest")
    public record Window(
            @NotNull DayOfWeek day,
            @NotNull LocalTime start,
            @NotNull LocalTime end,
            @Min(5) @Max(240) Integer slotMinutes,
            @Min(0) @Max(120) Integer bufferMinutes,
            ConsultationMode mode) {

        @AssertTrue(message = "end must be after start on the same day")
        boolean isOrdered() {
            return start == null || end == null || end.isAfter(start);
        }
    }

    @AssertTrue(message = "must be a time zone id such as Asia/Kolkata")
    boolean isZoneKnown() {
        if (zone == null) {
            return true;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
