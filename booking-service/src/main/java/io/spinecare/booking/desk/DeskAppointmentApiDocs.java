package io.spinecare.booking.desk;

import io.spinecare.booking.web.ApiProblem;
import io.spinecare.booking.web.ApiTags;
import io.spinecare.booking.web.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The OpenAPI description of the front desk's appointment operations; the staff member comes from the token.
 * Parameter constraints live here too: Bean Validation lets the implementing controller inherit them, never add
 * its own.
 */
interface DeskAppointmentApiDocs {

    String ID = "The appointment's id (not its reference).";
    String ID_EXAMPLE = "0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f";

    @Operation(
            operationId = "searchAppointments",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Find appointments",
            description = "Appointments whose reference, patient name, e-mail or phone matches the text.")
    @Parameter(name = "q", description = "Text to look for (1 to 100 characters).", example = "Asha")
    @ProblemResponses({ApiProblem.VALIDATION_FAILED, ApiProblem.BAD_REQUEST})
    List<DeskAppointmentView> search(@NotBlank @Size(max = 100) String q);

    @Operation(
            operationId = "getDeskAppointment",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Read an appointment with the patient's details",
            description = "Everything staff need: patient, scans, prerequisites, red-flag answers and the history.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.APPOINTMENT_NOT_FOUND})
    DeskAppointmentView get(String id);

    @Operation(
            operationId = "checkInAppointment",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Check a patient in",
            description = "Marks a `booked` or `pending` appointment of today `arrived`.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.WRONG_STATUS,
        ApiProblem.NOT_TODAY,
        ApiProblem.APPOINTMENT_CONTENDED
    })
    DeskAppointmentView checkIn(String id, @Parameter(hidden = true) Jwt staff);

    @Operation(
            operationId = "completeAppointment",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Mark a consultation done",
            description = "Marks an `arrived` appointment `fulfilled`.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.APPOINTMENT_NOT_FOUND, ApiProblem.WRONG_STATUS, ApiProblem.APPOINTMENT_CONTENDED})
    DeskAppointmentView complete(String id, @Parameter(hidden = true) Jwt staff);

    @Operation(
            operationId = "markNoShow",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Record a no-show",
            description = "Marks a `booked` or `pending` appointment whose start has passed `noshow`.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.WRONG_STATUS,
        ApiProblem.NOT_STARTED,
        ApiProblem.APPOINTMENT_CONTENDED
    })
    DeskAppointmentView noShow(String id, @Parameter(hidden = true) Jwt staff);

    @Operation(
            operationId = "verifyPrerequisites",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Confirm the patient's scans",
            description = "Staff have seen the scans the consultation needs: a `pending` appointment becomes"
                    + " `booked`. An optional note is kept in the history.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.APPOINTMENT_NOT_FOUND, ApiProblem.WRONG_STATUS, ApiProblem.APPOINTMENT_CONTENDED})
    DeskAppointmentView verify(
            String id, @Parameter(hidden = true) Jwt staff, @Valid DeskAppointmentController.NoteRequest request);

    @Operation(
            operationId = "correctAppointmentStatus",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Correct a mistaken status",
            description = "Sets the status back or forward (for example a no-show recorded by mistake), with a"
                    + " reason kept in the history. Cancellation is not correctable: it freed the slot.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({
        ApiProblem.APPOINTMENT_NOT_FOUND,
        ApiProblem.NOT_CORRECTABLE,
        ApiProblem.WRONG_STATUS,
        ApiProblem.NO_CHANGE,
        ApiProblem.APPOINTMENT_CONTENDED
    })
    DeskAppointmentView correct(
            String id, @Parameter(hidden = true) Jwt staff, @Valid DeskAppointmentController.CorrectionRequest request);

    @Operation(
            operationId = "cancelAppointmentForPatient",
            tags = ApiTags.DESK_APPOINTMENTS,
            summary = "Cancel on the patient's behalf",
            description = "Cancels an active appointment with a reason code and frees its slot; no time limit"
                    + " applies at the desk.")
    @Parameter(name = "id", description = ID, example = ID_EXAMPLE)
    @ProblemResponses({ApiProblem.APPOINTMENT_NOT_FOUND, ApiProblem.WRONG_STATUS, ApiProblem.APPOINTMENT_CONTENDED})
    DeskAppointmentView cancel(
            String id,
            @Parameter(hidden = true) Jwt staff,
            @Valid DeskAppointmentController.StaffCancelRequest request);
}
