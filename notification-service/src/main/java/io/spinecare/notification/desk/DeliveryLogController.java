package io.spinecare.notification.desk;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.web.InvalidParameterException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/desk/notifications?appointmentId=} — what the patient was sent (front-desk role). */
@RestController
class DeliveryLogController implements DeliveryLogApiDocs {

    private final Deliveries deliveries;

    DeliveryLogController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/desk/notifications")
    @Override
    public List<DeliveryLogEntry> log(@RequestParam String appointmentId) {
        if (appointmentId.isBlank() || appointmentId.length() > 100) {
            throw new InvalidParameterException("appointmentId", "must be an appointment id (1 to 100 characters)");
        }
        return deliveries.log(appointmentId).stream().map(DeliveryLogEntry::of).toList();
    }
}
