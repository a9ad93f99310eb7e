package io.spinecare.booking.patient;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI description of the patient's appointment operations ($book, view, cancel, reschedule).
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface AppointmentApiDocs {

    String REFERENCE = "The appointment's human reference, from the booking's answer or e-mail.";

    @Operation(
            operationId = "bookAppointment",
            tags = ApiTags.APPOINTMENTS,
            summary = "Book an appointment",
            description = "Books the slot (held first with `holdSlot`, or still free) for the patient. The answer"
                    + " says at once which scans the consultation still needs (`prerequisites`, status `pending`"
                    + " until staff verify them) and carries the secret `manageToken`, returned only here: keep it"
                    + " to view, cancel or reschedule. Send an `Idempotency-Key` to retry safely: the same key"
                    + " with the same body returns the first answer and books nothing new. A red-flag answer of yes"
                    + " still books, flagged for staff, and the answer carries `urgentCare` advice.")
    @Parameter(
            name = "Idempotency-Key",
            description = "A key the client makes per booking attempt (8 to 100 letters, digits or `. _ : -`), such"
                    + " as a UUID. Retries with the same key and body return the first answer; the same key with"
                    + " another body is refused with `idempotency-key-reused`.",
            example = "5f0c1d52-8f4e-4a8e-9d0b-7c1e2f3a4b5c")
    @ApiResponse(
            responseCode = "201",
            description = "Booked (`booked`), or booked with scans outstanding (`pending`).",
            headers =
                    @Header(
                            name = "Location",
                            description = "The appointment's path",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    @ProblemResponses({
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SLOT_NOT_BOOKABLE,
        ApiProblem.SLOT_DOES_NOT_FIT,
        ApiProblem.UNKNOWN_REFERENCE,
        ApiProblem.EMERGENCY_CARE_ADVISED,
        ApiProblem.IDEMPOTENCY_KEY_REUSED,
        ApiProblem.IDEMPOTENCY_KEY_FAILED
    })
    ResponseEntity<AppointmentView> book(@Valid BookingRequest request, String idempotencyKey);

    @Operation(
            operationId = "viewAppointment",
            tags = ApiTags.APPOINTMENTS,
            summary = "View an appointment",
            description = "The appointment as the patient sees it, with its prerequisites. Needs the manage token;"
                    + " a missing or wrong token answers 404 like an unknown reference, so references cannot be"
                    + " probed.")
    @Parameter(name = "reference", description = REFERENCE, example = "SC-7KQ4M9")
    @ProblemResponses({ApiProblem.APPOINTMENT_NOT_FOUND})
    AppointmentView view(String reference, String token);

    @Operation(
            operationId = "cancelAppointment",
            tags = ApiTags.APPOINTMENTS,
            summary = "Cancel an appointment",
            description = "Cancels the appointment and frees its slot. Online changes close some hours before the"
                    + " start (`too-late-to-change`); the body with a reason code is optional.")
    @Parameter(name = "reference", description = REFERENCE, example = "SC-7KQ4M9")
    @ProblemResponses({
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.APPOINTMENT_NOT_ACTIVE,
        ApiProblem.TOO_LATE_TO_CHANGE,
        ApiProblem.APPOINTMENT_CONTENDED
    })
    AppointmentView cancel(String reference, String token, CancelRequest request);

    @Operation(
            operationId = "rescheduleAppointment",
            tags = ApiTags.APPOINTMENTS,
            summary = "Move an appointment to another slot",
            description = "Claims the new slot (held first, or still free), moves the appointment there and frees"
                    + " the old slot. If the new slot is taken, nothing changes. The answer carries a new"
                    + " `manageToken`: the old one stops working.")
    @Parameter(name = "reference", description = REFERENCE, example = "SC-7KQ4M9")
    @ProblemResponses({
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.APPOINTMENT_NOT_ACTIVE,
        ApiProblem.TOO_LATE_TO_CHANGE,
        ApiProblem.APPOINTMENT_CONTENDED,
        ApiProblem.APPOINTMENT_CHANGING,
        ApiProblem.SAME_SLOT,
        ApiProblem.UNKNOWN_REFERENCE,
        ApiProblem.SLOT_TAKEN,
        ApiProblem.SLOT_CONTENDED,
        ApiProblem.SLOT_NOT_BOOKABLE,
        ApiProblem.SLOT_DOES_NOT_FIT
    })
    AppointmentView reschedule(String reference, String token, @Valid RescheduleRequest request);
}
