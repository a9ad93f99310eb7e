package io.spinecare.booking.fhir;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code metadata}: exactly what this facade serves, no more (docs/fhir.md says the same in words). */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class MetadataController {

    static final String ARGONAUT = "http://fhir.org/guides/argonaut-scheduling/OperationDefinition/";

    private final FhirJson json;

    MetadataController(FhirJson json) {
        this.json = json;
    }

    @GetMapping(FhirConfiguration.BASE + "/metadata")
    ResponseEntity<String> metadata(HttpServletRequest request) {
        CapabilityStatement cs = new CapabilityStatement();
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setDate(new Date());
        cs.setPublisher("SpineCare");
        cs.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        cs.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        cs.addFormat("json");
        cs.getSoftware().setName("SpineCare booking-service FHIR facade");
        cs.getImplementation()
                .setDescription("Scheduling with SpineCare's spine specialists")
                .setUrl(Searches.base(request));
        var rest = cs.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Read-only directory and slots; appointments booked with the Argonaut operations "
                + "$find, $hold and $book; a system sees and cancels only the appointments it booked.");
        rest.getSecurity()
                .setCors(false)
                .addService(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/restful-security-service",
                        "SMART-on-FHIR",
                        "SMART-on-FHIR")))
                .setDescription("OAuth 2.0 client credentials at the gateway's /api/auth/oauth2/token; scopes in SMART "
                        + "Backend Services style: system/<Resource>.read and system/Appointment.write.");

        read(rest, "Practitioner", List.of());
        read(rest, "PractitionerRole", List.of());
        read(rest, "HealthcareService", List.of());
        read(rest, "Schedule", List.of(param("actor", Enumerations.SearchParamType.REFERENCE)));
        read(
                rest,
                "Slot",
                List.of(
                        param("schedule", Enumerations.SearchParamType.REFERENCE),
                        param("start", Enumerations.SearchParamType.DATE),
                        param("service-type", Enumerations.SearchParamType.TOKEN),
                        param("status", Enumerations.SearchParamType.TOKEN)));
        CapabilityStatementRestResourceComponent appointment = read(
                rest,
                "Appointment",
                List.of(
                        param("date", Enumerations.SearchParamType.DATE),
                        param("status", Enumerations.SearchParamType.TOKEN)));
        appointment
                .addInteraction()
                .setCode(TypeRestfulInteraction.UPDATE)
                .setDocumentation("Cancellation only: status set to cancelled.");
        appointment.setUpdateCreate(false);
        for (String operation : List.of("find", "hold", "book")) {
            appointment.addOperation().setName(operation).setDefinition(ARGONAUT + "appointment-" + operation);
        }
        return json.ok(cs);
    }

    private static CapabilityStatementRestResourceComponent read(
            CapabilityStatement.CapabilityStatementRestComponent rest,
            String type,
            List<CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent> params) {
        var resource = rest.addResource().setType(type);
        resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        resource.setSearchParam(params);
        return resource;
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param(
            String name, Enumerations.SearchParamType type) {
        return new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent()
                .setName(name)
                .setType(type);
    }
}
