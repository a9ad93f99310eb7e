package io.spinecare.notification.desk;

import io.spinecare.notification.delivery.Deliveries;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/desk/notifications?appointmentId=} — what the patient was sent (front-desk role). */
@RestController
@Validated
class DeliveryLogController {

    private final Deliveries deliveries;

    DeliveryLogController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/desk/notifications")
    List<DeliveryLogEntry> log(@RequestParam @NotBlank @Size(max = 100) String appointmentId) {
        return deliveries.log(appointmentId).stream().map(DeliveryLogEntry::of).toList();
    }
}
