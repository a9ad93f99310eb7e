package io.spinecare.booking.fhir;

import io.spinecare.booking.patient.SystemBookings;
import io.spinecare.booking.slot.OpenSlots;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Argonaut scheduling operations: $find proposes appointments on free slots, $hold holds one
 * (slot busy-tentative), $book books it through the same booking rules as a patient's booking.
 */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class SchedulingOperationsController {

    private static final Set<String> FIND_PARAMETERS = Set.of("start", "end", "provider", "visit-type", "reason");

    private final OpenSlots openSlots;
    private final SlotBooking slots;
    private final SystemBookings bookings;
    private final Specialists specialists;
    private final Catalogue catalogue;
    private final FhirResources resources;
    private final FhirJson json;
    private final ClinicTime time;

    SchedulingOperationsController(
            OpenSlots openSlots,
            SlotBooking slots,
            SystemBookings bookings,
            Specialists specialists,
            Catalogue catalogue,
            FhirResources resources,
            FhirJson json,
            ClinicTime time) {
        this.openSlots = openSlots;
        this.slots = slots;
        this.bookings = bookings;
        this.specialists = specialists;
        this.catalogue = catalogue;
        this.resources = resources;
        this.json = json;
        this.time = time;
    }

    @GetMapping(FhirConfiguration.BASE + "/Appointment/$find")
    ResponseEntity<String> findByQuery(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
        Caller.of(jwt).require("Slot", "read");
        Searches.allowOnly(request, FIND_PARAMETERS);
        Map<String, String> values = new HashMap<>();
        request.getParameterMap().forEach((name, given) -> values.put(name, given[0]));
        return find(values, request);
    }

    @PostMapping(FhirConfiguration.BASE + "/Appointment/$find")
    ResponseEntity<String> findByParameters(
            @AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) String body, HttpServletRequest request) {
        Caller.of(jwt).require("Slot", "read");
        Map<String, String> values = new HashMap<>();
        for (var parameter : json.parse(body, Parameters.class).getParameter()) {
            if (!FIND_PARAMETERS.contains(parameter.getName())) {
                throw FhirProblem.notSupported("$find parameter '" + parameter.getName() + "' is not supported; "
                        + "supported: " + FIND_PARAMETERS + ".");
            }
            values.put(parameter.getName(), text(parameter.getValue(), parameter.getName()));
        }
        return find(values, request);
    }

    private ResponseEntity<String> find(Map<String, String> values, HttpServletRequest request) {
        String specialistId = values.containsKey("provider")
                ? Searches.idOf(values.get("provider"), "Practitioner", "provider")
                : null;
        ConsultationType type = values.containsKey("visit-type")
                ? SlotResourceController.consultationType(values.get("visit-type"), "visit-type")
                : ConsultationType.NEW_CONSULTATION;
        String conditionId = values.get("reason");
        if (conditionId != null && conditionId.contains("|")) {
            conditionId = conditionId.substring(conditionId.indexOf('|') + 1);
        }
        if (conditionId != null && catalogue.condition(conditionId).isEmpty()) {
            throw FhirProblem.invalid("Unknown condition '" + conditionId + "' in 'reason'.");
        }
        var from = bound("start", values.get("start"), true);
        var to = bound("end", values.get("end"), false);
        String condition = conditionId;
        List<Appointment> proposed = openSlots.free(specialistId, type, from, to).stream()
                .filter(slot -> condition == null || treats(slot, condition))
                .map(slot -> resources.proposed(slot, specialists.get(slot.specialistId()), type))
                .toList();
        // Proposed appointments have no id (nothing is stored yet): the answer is a collection, not a searchset.
        return json.ok(Searches.collection(request, proposed));
    }

    @PostMapping(FhirConfiguration.BASE + "/Appointment/$hold")
    ResponseEntity<String> hold(
            @AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) String body, HttpServletRequest request) {
        Caller.of(jwt).require("Appointment", "write");
        Appointment proposed = BookingInput.appointment(json.parse(body, Parameters.class), "$hold");
        String slotId = BookingInput.slotId(proposed);
        ConsultationType type = BookingInput.consultationType(proposed);
        SlotView slot =
                slots.find(slotId).orElseThrow(() -> FhirProblem.notFound("There is no slot '" + slotId + "'."));
        SlotBooking.HoldGranted granted = slots.hold(slotId);
        Appointment held = resources.held(
                resources.proposed(slot, specialists.get(slot.specialistId()), type),
                granted.holdId(),
                granted.expiresAt());
        return json.ok(Searches.collection(request, List.of(held)));
    }

    @PostMapping(FhirConfiguration.BASE + "/Appointment/$book")
    ResponseEntity<String> book(
            @AuthenticationPrincipal Jwt jwt,
            @RequestBody(required = false) String body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest request) {
        Caller caller = Caller.of(jwt).require("Appointment", "write");
        Appointment asked = BookingInput.appointment(json.parse(body, Parameters.class), "$book");
        SystemBookings.Booked booked = bookings.book(caller.clientId(), BookingInput.command(asked), idempotencyKey);
        return json.ok(Searches.collection(request, List.of(resources.appointment(booked))));
    }

    private boolean treats(SlotView slot, String conditionId) {
        return specialists
                .find(slot.specialistId())
                .map(s -> s.treats(conditionId))
                .orElse(false);
    }

    private java.time.Instant bound(String name, String value, boolean start) {
        if (value == null) {
            return null;
        }
        Searches.Period period = Searches.Period.of(name, new String[] {value}, time.zone());
        return start ? period.from() : period.to();
    }

    private static String text(Type value, String name) {
        if (value instanceof Reference reference) {
            return reference.getReference();
        }
        if (value instanceof Coding coding) {
            return coding.getCode();
        }
        if (value instanceof CodeableConcept concept && concept.hasCoding()) {
            return concept.getCodingFirstRep().getCode();
        }
        if (value != null && value.isPrimitive()) {
            return value.primitiveValue();
        }
        throw FhirProblem.invalid("$find parameter '" + name + "' has no usable value.");
    }
}
