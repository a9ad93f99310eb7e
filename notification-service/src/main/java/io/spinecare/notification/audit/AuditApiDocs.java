package io.spinecare.notification.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;

/** The OpenAPI description of the record of staff reads. */
interface AuditApiDocs {

    @Operation(
            operationId = "findDeliveryLogReads",
            tags = "Desk: audit",
            summary = "Recorded staff reads of delivery logs",
            description = "Every time staff read a patient's delivery log, newest first, a page at a time: the staff"
                    + " user, the time, the appointment and how many entries were shown. All filters are optional and"
                    + " combine, as in booking-service's audit.")
    @Parameter(name = "staff", description = "Only this staff user (up to 100 characters).", example = "desk-anita")
    @Parameter(name = "action", description = "Only this action.", example = "notifications.read")
    @Parameter(
            name = "targetId",
            description = "Only reads of this appointment (up to 128 characters).",
            example = "0b9f3c1e-2d4a-4c5b-8e7f-1a2b3c4d5e6f")
    @Parameter(name = "from", description = "From this clinic day, inclusive.", example = "2026-12-01")
    @Parameter(name = "to", description = "Up to this clinic day, inclusive.", example = "2026-12-03")
    @Parameter(name = "page", description = "The page, from 0 to 10000.", example = "0")
    @Parameter(name = "size", description = "Records a page, 1 to 200.", example = "50")
    AuditSearch.Page find(
            String staff, String action, String targetId, LocalDate from, LocalDate to, int page, int size);
}
