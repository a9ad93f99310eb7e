package io.spinecare.booking.series;

import io.spinecare.booking.failure.BookingFailure;

/** The refusals of follow-up series (problem slugs in docs/problems.md). */
public final class SeriesFailures {

    private SeriesFailures() {}

    public static BookingFailure notFound() {
        return BookingFailure.notFound(
                "series-not-found",
                "No follow-up series with this id and token",
                "Use the link from the e-mail that listed the series.");
    }

    static BookingFailure exists() {
        return BookingFailure.conflict(
                "series-exists",
                "A follow-up series is already planned for this appointment",
                "Change the visits of the existing series instead.");
    }

    static BookingFailure changing() {
        return BookingFailure.conflict(
                "series-changing",
                "The series is being changed by another request",
                "Reload the series and try again in a moment.");
    }

    static BookingFailure notProposed(FollowUpSeries series) {
        return BookingFailure.conflict(
                "series-not-proposed",
                "The series is no longer waiting for confirmation",
                "The series is " + series.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    static BookingFailure incomplete(FollowUpSeries series) {
        return BookingFailure.conflict(
                "series-incomplete",
                "Some visits of the series have no slot yet",
                "Choose a slot for: "
                        + String.join(
                                ", ",
                                series.visits().stream()
                                        .filter(v -> !v.planned())
                                        .map(SeriesVisit::visitId)
                                        .toList())
                        + ".");
    }

    static BookingFailure unknownVisit() {
        return BookingFailure.unknownReference("visitId", "The series has no such visit.");
    }

    static BookingFailure outsideWindow(SeriesVisit visit) {
        return BookingFailure.refused(
                "outside-follow-up-window",
                "The slot is outside the visit's window",
                "Choose a slot from " + visit.earliest() + " to " + visit.latest() + ".");
    }
}
