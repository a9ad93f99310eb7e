package io.spinecare.booking.fhir;

import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.booking.system.ClinicTime;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Appointment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling system's own appointments: read, search by date and status, and cancel by an update
 * whose only change is {@code status = cancelled}. Anyone else's appointment answers 404, exactly
 * like an id that does not exist.
 */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class AppointmentResourceController {

    private static final int MAX_RESULTS = 200;

    private final SystemBookings bookings;
    private final FhirResources resources;
    private final FhirJson json;
    private final ClinicTime time;

    AppointmentResourceController(SystemBookings bookings, FhirResources resources, FhirJson json, ClinicTime time) {
        this.bookings = bookings;
        this.resources = resources;
        this.json = json;
        this.time = time;
    }

    @GetMapping(FhirConfiguration.BASE + "/Appointment/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller caller = Caller.of(jwt).require("Appointment", "read");
        return json.ok(resources.appointment(bookings.find(caller.clientId(), id)
                .orElseThrow(() -> FhirProblem.notFound("There is no appointment '" + id + "'."))));
    }

    @GetMapping(FhirConfiguration.BASE + "/Appointment")
    ResponseEntity<String> search(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String status,
            HttpServletRequest request) {
        Caller caller = Caller.of(jwt).require("Appointment", "read");
        Searches.allowOnly(request, Set.of("date", "status"));
        Searches.Period period = Searches.Period.of("date", request.getParameterValues("date"), time.zone());
        Set<String> statuses = status == null
                ? null
                : Arrays.stream(status.split(",")).map(String::trim).collect(Collectors.toSet());
        if (statuses != null) {
            Set<String> known = Arrays.stream(AppointmentStatus.values())
                    .map(AppointmentStatus::code)
                    .collect(Collectors.toSet());
            statuses.stream().filter(s -> !known.contains(s)).findFirst().ifPresent(s -> {
                throw FhirProblem.invalid("Unknown appointment status '" + s + "'.");
            });
        }
        Instant from = period.from() == null ? time.now().minus(366, ChronoUnit.DAYS) : period.from();
        Instant to = period.to() == null ? time.now().plus(732, ChronoUnit.DAYS) : period.to();
        List<Appointment> found = bookings.list(caller.clientId(), from, to, MAX_RESULTS).stream()
                .filter(b -> statuses == null || statuses.contains(b.status().code()))
                .map(resources::appointment)
                .toList();
        return json.ok(Searches.searchset(request, found));
    }

    /** Cancel, the one update supported: the body is the appointment with {@code status = cancelled}. */
    @PutMapping(FhirConfiguration.BASE + "/Appointment/{id}")
    ResponseEntity<String> update(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String id, @RequestBody(required = false) String body) {
        Caller caller = Caller.of(jwt).require("Appointment", "write");
        Appointment sent = json.parse(body, Appointment.class);
        if (!id.equals(sent.getIdElement().getIdPart())) {
            throw FhirProblem.invalid("The Appointment's id must be '" + id + "', the id in the URL.");
        }
        if (sent.getStatus() != Appointment.AppointmentStatus.CANCELLED) {
            throw FhirProblem.notSupported(
                    "The only update supported is a cancellation: send the appointment with status 'cancelled'.");
        }
        bookings.find(caller.clientId(), id)
                .orElseThrow(() -> FhirProblem.notFound("There is no appointment '" + id + "'."));
        return json.ok(resources.appointment(bookings.cancel(caller.clientId(), id)));
    }
}
