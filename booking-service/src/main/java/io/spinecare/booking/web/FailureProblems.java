package io.spinecare.booking.web;

import io.spinecare.booking.failure.BookingFailure;
import org.springframework.http.HttpStatus;

/**
 * The one place where a refusal of the booking rules becomes HTTP: each kind of {@link BookingFailure}
 * has its status; slug, title, detail, field errors and extension members pass through unchanged.
 */
public final class FailureProblems {

    private FailureProblems() {}

    public static ProblemException of(BookingFailure failure) {
        return new ProblemException(
                statusOf(failure),
                failure.slug(),
                failure.title(),
                failure.getMessage(),
                failure.errors().stream()
                        .map(e -> new FieldProblem(e.field(), e.message()))
                        .toList(),
                failure.extensions());
    }

    static HttpStatus statusOf(BookingFailure failure) {
        if (failure instanceof BookingFailure.NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof BookingFailure.Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (failure instanceof BookingFailure.Refused) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        return HttpStatus.BAD_REQUEST; // InvalidRequest, the last kind of the sealed family
    }
}
