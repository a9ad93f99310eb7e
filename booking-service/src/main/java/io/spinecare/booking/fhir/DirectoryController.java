package io.spinecare.booking.fhir;

import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationTypeDetails;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who and what can be booked: specialists (Practitioner, PractitionerRole, Schedule) and consultation types. */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class DirectoryController {

    private final Specialists specialists;
    private final Catalogue catalogue;
    private final FhirResources resources;
    private final FhirJson json;
    private final ClinicTime time;
    private final BookingProperties settings;

    DirectoryController(
            Specialists specialists,
            Catalogue catalogue,
            FhirResources resources,
            FhirJson json,
            ClinicTime time,
            BookingProperties settings) {
        this.specialists = specialists;
        this.catalogue = catalogue;
        this.resources = resources;
        this.json = json;
        this.time = time;
        this.settings = settings;
    }

    @GetMapping(FhirConfiguration.BASE + "/Practitioner")
    ResponseEntity<String> practitioners(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
        Caller.of(jwt).require("Practitioner", "read");
        Searches.allowOnly(request, Set.of());
        return json.ok(Searches.searchset(
                request,
                specialists.list(null).stream().map(resources::practitioner).toList()));
    }

    @GetMapping(FhirConfiguration.BASE + "/Practitioner/{id}")
    ResponseEntity<String> practitioner(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller.of(jwt).require("Practitioner", "read");
        return json.ok(resources.practitioner(specialist(id)));
    }

    @GetMapping(FhirConfiguration.BASE + "/PractitionerRole")
    ResponseEntity<String> roles(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
        Caller.of(jwt).require("PractitionerRole", "read");
        Searches.allowOnly(request, Set.of());
        return json.ok(Searches.searchset(
                request, specialists.list(null).stream().map(resources::role).toList()));
    }

    @GetMapping(FhirConfiguration.BASE + "/PractitionerRole/{id}")
    ResponseEntity<String> role(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller.of(jwt).require("PractitionerRole", "read");
        return json.ok(resources.role(specialist(id)));
    }

    @GetMapping(FhirConfiguration.BASE + "/HealthcareService")
    ResponseEntity<String> services(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) {
        Caller.of(jwt).require("HealthcareService", "read");
        Searches.allowOnly(request, Set.of());
        return json.ok(Searches.searchset(
                request,
                catalogue.consultationTypes().stream().map(resources::service).toList()));
    }

    @GetMapping(FhirConfiguration.BASE + "/HealthcareService/{id}")
    ResponseEntity<String> service(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller.of(jwt).require("HealthcareService", "read");
        ConsultationTypeDetails details = catalogue.consultationTypes().stream()
                .filter(t -> FhirResources.serviceId(t.type()).equals(id))
                .findFirst()
                .orElseThrow(() -> FhirProblem.notFound("There is no HealthcareService '" + id + "'."));
        return json.ok(resources.service(details));
    }

    @GetMapping(FhirConfiguration.BASE + "/Schedule")
    ResponseEntity<String> schedules(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String actor,
            HttpServletRequest request) {
        Caller.of(jwt).require("Schedule", "read");
        Searches.allowOnly(request, Set.of("actor"));
        List<Specialist> found = actor == null
                ? specialists.list(null)
                : specialists.find(Searches.idOf(actor, "Practitioner", "actor")).stream()
                        .toList();
        return json.ok(
                Searches.searchset(request, found.stream().map(this::schedule).toList()));
    }

    @GetMapping(FhirConfiguration.BASE + "/Schedule/{id}")
    ResponseEntity<String> schedule(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller.of(jwt).require("Schedule", "read");
        return json.ok(schedule(specialist(id)));
    }

    private org.hl7.fhir.r4.model.Schedule schedule(Specialist specialist) {
        Instant now = time.now();
        return resources.schedule(specialist, now.plus(settings.minNotice()), now.plus(settings.horizon()));
    }

    private Specialist specialist(String id) {
        return specialists.find(id).orElseThrow(() -> FhirProblem.notFound("There is no specialist '" + id + "'."));
    }
}
