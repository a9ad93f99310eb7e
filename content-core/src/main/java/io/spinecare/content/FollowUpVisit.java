package io.spinecare.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One check-up after an operation: aimed at {@code target} after the surgery, acceptable from
 * {@code toleranceBefore} earlier to {@code toleranceAfter} later, with any scans it needs first.
 * Distances are calendar periods (weeks, months), so "3 months" lands on the same day of the month.
 */
public record FollowUpVisit(
        String id,
        String name,
        Period target,
        Period toleranceBefore,
        Period toleranceAfter,
        List<FollowUpImaging> imaging) {

    public FollowUpVisit {
        requireText(id, "id");
        requireText(name, "name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(toleranceBefore, "toleranceBefore");
        Objects.requireNonNull(toleranceAfter, "toleranceAfter");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("target must be after the surgery, was " + target);
        }
        if (toleranceBefore.isNegative() || toleranceAfter.isNegative()) {
            throw new IllegalArgumentException("tolerances must not be negative");
        }
        imaging = List.copyOf(imaging);
    }

    /** The day the visit aims at for a surgery on {@code surgery}. */
    public LocalDate targetDate(LocalDate surgery) {
        return surgery.plus(target);
    }

    /** The first acceptable day; never the surgery day itself or before it. */
    public LocalDate earliest(LocalDate surgery) {
        LocalDate earliest = targetDate(surgery).minus(toleranceBefore);
        return earliest.isAfter(surgery) ? earliest : surgery.plusDays(1);
    }

    /** The last acceptable day. */
    public LocalDate latest(LocalDate surgery) {
        return targetDate(surgery).plus(toleranceAfter);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank text");
        }
    }
}
