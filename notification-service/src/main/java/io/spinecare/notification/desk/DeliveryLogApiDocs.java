package io.spinecare.notification.desk;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;

/** The OpenAPI description of the staff delivery log. */
interface DeliveryLogApiDocs {

    @Operation(
            operationId = "listNotifications",
            tags = OpenApiConfiguration.TAG,
            summary = "What the patient was sent",
            description = "Every message planned or sent for one appointment (confirmation, scan instructions,"
                    + " reminders, cancellation, reschedule) with its channel, masked recipient, status, attempts"
                    + " and the reason of the last failure. The message text is not shown.")
    @Parameter(
            name = "appointmentId",
            description = "The appointment's id (1 to 100 characters), as in booking events.",
            example = "0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f")
    List<DeliveryLogEntry> log(String appointmentId);
}
