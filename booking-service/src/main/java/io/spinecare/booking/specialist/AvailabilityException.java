package io.spinecare.booking.specialist;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Time off inside the weekly pattern: whole days from {@code from} to {@code to} (inclusive), or
 * only {@code start}-{@code end} on each of those days when both are given.
 */
public record AvailabilityException(
        String id, LocalDate from, LocalDate to, LocalTime start, LocalTime end, Reason reason, String note) {

    public enum Reason {
        LEAVE,
        HOLIDAY,
        CONFERENCE,
        OTHER
    }

    public boolean wholeDays() {
        return start == null || end == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
