package io.spinecare.notification.desk;

import io.spinecare.notification.audit.AuditLog;
import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.web.InvalidParameterException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/desk/notifications?appointmentId=} — what the patient was sent (front-desk role). Each answered
 * read is recorded first (ADR 0230): the log is the patient's personal data.
 */
@RestController
class DeliveryLogController implements DeliveryLogApiDocs {

    private final Deliveries deliveries;
    private final AuditLog audit;

    DeliveryLogController(Deliveries deliveries, AuditLog audit) {
        this.deliveries = deliveries;
        this.audit = audit;
    }

    @GetMapping("/api/desk/notifications")
    @Override
    public List<DeliveryLogEntry> log(@RequestParam String appointmentId) {
        if (appointmentId.isBlank() || appointmentId.length() > 100) {
            throw new InvalidParameterException("appointmentId", "must be an appointment id (1 to 100 characters)");
        }
        List<DeliveryLogEntry> log =
                deliveries.log(appointmentId).stream().map(DeliveryLogEntry::of).toList();
        audit.read("notifications.read", "appointment", appointmentId, Map.of("entries", String.valueOf(log.size())));
        return log;
    }
}
