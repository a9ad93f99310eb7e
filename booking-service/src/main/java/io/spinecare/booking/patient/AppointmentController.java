package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.CancellationReason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Public appointment API: book ($book), then view, cancel, reschedule with the manage token. */
@RestController
class AppointmentController implements AppointmentApiDocs {

    static final String MANAGE_TOKEN = "X-Manage-Token";

    private final Bookings bookings;
    private final PatientSelfService selfService;
    private final BookingMeters meters;

    AppointmentController(Bookings bookings, PatientSelfService selfService, BookingMeters meters) {
        this.bookings = bookings;
        this.selfService = selfService;
        this.meters = meters;
    }

    @PostMapping("/api/appointments")
    @Override
    public ResponseEntity<AppointmentView> book(
            @RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        AppointmentView booked = meters.booking(() -> bookings.book(request, idempotencyKey));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/appointments/" + booked.reference())
                .body(booked);
    }

    // The token header is optional on purpose: a missing token must answer like a wrong one (404).

    @GetMapping("/api/appointments/{reference}")
    @Override
    public AppointmentView view(
            @PathVariable String reference, @RequestHeader(name = MANAGE_TOKEN, required = false) String token) {
        return selfService.view(reference, token);
    }

    @PostMapping("/api/appointments/{reference}/cancel")
    @Override
    public AppointmentView cancel(
            @PathVariable String reference,
            @RequestHeader(name = MANAGE_TOKEN, required = false) String token,
            @RequestBody(required = false) CancelRequest request) {
        return selfService.cancel(
                reference, token, request == null ? CancellationReason.OTHER : request.reasonOrOther());
    }

    @PostMapping("/api/appointments/{reference}/reschedule")
    @Override
    public AppointmentView reschedule(
            @PathVariable String reference,
            @RequestHeader(name = MANAGE_TOKEN, required = false) String token,
            @RequestBody RescheduleRequest request) {
        return selfService.reschedule(reference, token, request);
    }
}
