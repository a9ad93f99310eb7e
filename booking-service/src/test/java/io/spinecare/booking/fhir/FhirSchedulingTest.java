package io.spinecare.booking.fhir;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.EventStream;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Another clinic system schedules through /fhir/r4; every answer is validated against base R4. */
class FhirSchedulingTest extends IntegrationTest {

    private static final String DAY = Fixtures.CLINIC_DAY.toString();
    private static final String NEXT_DAY = Fixtures.CLINIC_DAY.plusDays(1).toString();

    private FhirApi ehr;
    private List<String> slotIds;

    @BeforeEach
    void aClinicWithOneSpecialist() {
        slotIds = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        ehr = FhirApi.at(port, "city-ehr", FhirApi.ALL_SCOPES);
    }

    @Test
    void metadataIsAPublicCapabilityStatementListingWhatIsServed() {
        CapabilityStatement cs = FhirApi.at(port, null, null).get("/metadata").as(200, CapabilityStatement.class);

        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        var resources = cs.getRestFirstRep().getResource();
        assertThat(resources)
                .extracting(r -> r.getType())
                .containsExactlyInAnyOrder(
                        "Practitioner", "PractitionerRole", "HealthcareService", "Schedule", "Slot", "Appointment");
        var appointment = resources.stream()
                .filter(r -> r.getType().equals("Appointment"))
                .findFirst()
                .orElseThrow();
        assertThat(appointment.getOperation()).extracting(o -> o.getName()).containsExactly("find", "hold", "book");
        assertThat(appointment.getInteraction())
                .extracting(i -> i.getCode().toCode())
                .containsExactly("read", "search-type", "update");
    }

    @Test
    void specialistsAppearAsPractitionersRolesAndSchedulesAndConsultationTypesAsServices() {
        assertThat(ehr.get("/Practitioner").entries(Practitioner.class))
                .extracting(p -> p.getIdElement().getIdPart())
                .containsExactly("dr-rao");
        assertThat(ehr.get("/PractitionerRole/dr-rao")
                        .as(200, PractitionerRole.class)
                        .getHealthcareService())
                .extracting(r -> r.getReference())
                .contains("HealthcareService/new-consultation");
        assertThat(ehr.get("/HealthcareService").entries(HealthcareService.class))
                .hasSize(5);
        Schedule schedule = ehr.get("/Schedule?actor=Practitioner/dr-rao")
                .entries(Schedule.class)
                .get(0);
        assertThat(schedule.getActorFirstRep().getReference()).isEqualTo("Practitioner/dr-rao");
        assertThat(ehr.get("/Practitioner/dr-nobody").issue(404)).isEqualTo("not-found");
    }

    @Test
    void slotsAreFoundByScheduleStartServiceTypeAndStatus() {
        List<Slot> free = ehr.get("/Slot?schedule=Schedule/dr-rao&start=ge" + DAY + "&start=lt" + NEXT_DAY
                        + "&service-type=NEW_CONSULTATION&status=free")
                .entries(Slot.class);
        assertThat(free).extracting(s -> s.getIdElement().getIdPart()).containsExactlyElementsOf(slotIds);
        assertThat(free.get(0).getSchedule().getReference()).isEqualTo("Schedule/dr-rao");

        book(slotIds.get(0), "Ravi Kumar");

        List<Slot> busy = ehr.get(
                        "/Slot?schedule=Schedule/dr-rao&start=ge" + DAY + "&start=lt" + NEXT_DAY + "&status=busy")
                .entries(Slot.class);
        assertThat(busy).extracting(s -> s.getIdElement().getIdPart()).containsExactly(slotIds.get(0));
        assertThat(ehr.get("/Slot?status=booked").issue(400)).isEqualTo("invalid");
        assertThat(ehr.get("/Slot?start=tomorrow").issue(400)).isEqualTo("invalid");
        assertThat(ehr.get("/Slot?_count=5").issue(400)).isEqualTo("not-supported");
    }

    @Test
    void findHoldBookReadSearchAndCancelGoThroughTheBookingRules() throws Exception {
        List<Appointment> proposed = ehr.post(
                        "/Appointment/$find",
                        FhirBooking.find(
                                "start",
                                DAY,
                                "end",
                                DAY,
                                "provider",
                                "Practitioner/dr-rao",
                                "visit-type",
                                "NEW_CONSULTATION",
                                "reason",
                                "herniated-disc"))
                .entries(Appointment.class);
        assertThat(proposed).hasSize(slotIds.size());
        assertThat(proposed.get(0).getStatus()).isEqualTo(Appointment.AppointmentStatus.PROPOSED);

        Appointment held = ehr.post(
                        "/Appointment/$hold", FhirBooking.from(proposed.get(0)).parameters())
                .entries(Appointment.class)
                .get(0);
        assertThat(held.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING);
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("busy-tentative");
        // Held for this system: a booking without the hold id finds the slot taken.
        assertThat(ehr.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotIds.get(0))
                                        .forPatient("Someone Else")
                                        .parameters())
                        .issue(409))
                .isEqualTo("conflict");

        Appointment booked;
        try (EventStream events = EventStream.fromNow()) {
            booked = ehr.post(
                            "/Appointment/$book",
                            FhirBooking.from(held).forPatient("Asha Verma").parameters())
                    .entries(Appointment.class)
                    .get(0);
            events.awaitUntil(
                    r -> r.stream()
                            .anyMatch(e -> e.type().equals("io.spinecare.appointment.booked.v2")
                                    && e.subject().equals(booked.getIdElement().getIdPart())),
                    Duration.ofSeconds(20));
        }
        String id = booked.getIdElement().getIdPart();
        // No scans for a herniated disc: pending, with the missing lumbar MRI on the appointment.
        assertThat(booked.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING);
        Extension mri =
                booked.getExtensionsByUrl(FhirCodes.EXT_IMAGING_PREREQUISITE).get(0);
        assertThat(((Coding) mri.getExtensionByUrl("modality").getValue()).getCode())
                .isEqualTo("MRI");
        assertThat(((Coding) mri.getExtensionByUrl("status").getValue()).getCode())
                .isEqualTo("MISSING");
        assertThat(urgentReview(booked)).isFalse();
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("busy");
        Api.Reply agenda = desk.get("/api/desk/agenda?date=" + DAY + "&specialistId=dr-rao");
        assertThat(agenda.text()).contains(id);

        Appointment read = ehr.get("/Appointment/" + id).as(200, Appointment.class);
        assertThat(read.getIdentifierFirstRep().getValue())
                .isEqualTo(booked.getIdentifierFirstRep().getValue());
        assertThat(ehr.get("/Appointment?date=" + DAY + "&status=pending").entries(Appointment.class))
                .extracting(a -> a.getIdElement().getIdPart())
                .containsExactly(id);

        read.setStatus(Appointment.AppointmentStatus.CANCELLED);
        Appointment cancelled;
        try (EventStream events = EventStream.fromNow()) {
            cancelled = ehr.put(
                            "/Appointment/" + id, FhirChecks.R4.newJsonParser().encodeResourceToString(read))
                    .as(200, Appointment.class);
            var received = events.awaitUntil(
                    r -> r.stream().anyMatch(e -> e.type().equals("io.spinecare.appointment.cancelled.v2")),
                    Duration.ofSeconds(20));
            assertThat(received.stream()
                            .filter(e -> e.type().equals("io.spinecare.appointment.cancelled.v2"))
                            .findFirst()
                            .orElseThrow()
                            .body())
                    .contains("\"cancelledBy\":\"SYSTEM\"");
        }
        assertThat(cancelled.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("free");
    }

    @Test
    void anUrgentRedFlagAnsweredYesShowsAsUrgentReviewOnTheAppointment() {
        Appointment booked = ehr.post(
                        "/Appointment/$book",
                        FhirBooking.onSlot(slotIds.get(1))
                                .forPatient("Meena Das")
                                .withScan("MRI", "LUMBAR", "2030-03-01")
                                .redFlag("cancer-history", true)
                                .parameters())
                .entries(Appointment.class)
                .get(0);

        assertThat(urgentReview(booked)).isTrue();
        Extension answer =
                booked.getExtensionsByUrl(FhirCodes.EXT_RED_FLAG_ANSWER).get(0);
        assertThat(((Coding) answer.getExtensionByUrl("flag").getValue()).getCode())
                .isEqualTo("cancer-history");
        assertThat(booked.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING); // an urgent flag is reviewed
        assertThat(booked.getExtensionsByUrl(FhirCodes.EXT_PRIOR_IMAGING)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyBooksOnceAndAnotherSystemsSameKeyIsItsOwn() {
        String body =
                FhirBooking.onSlot(slotIds.get(2)).forPatient("Asha Verma").parameters();
        Appointment first = ehr.post("/Appointment/$book", body, "referral-0001")
                .entries(Appointment.class)
                .get(0);
        Appointment again = ehr.post("/Appointment/$book", body, "referral-0001")
                .entries(Appointment.class)
                .get(0);
        assertThat(again.getIdElement().getIdPart())
                .isEqualTo(first.getIdElement().getIdPart());

        FhirApi other = FhirApi.at(port, "other-portal", FhirApi.ALL_SCOPES);
        assertThat(other.post("/Appointment/$book", body, "referral-0001").issue(409))
                .isEqualTo("conflict");
    }

    @Test
    void hostileValuesAreRefusedWithoutBeingRepeated() {
        FhirApi.Reply badDate = ehr.post(
                "/Appointment/$book",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"x\",\"valueDate\":\"+91 98765 43210\"}]}");

        assertThat(badDate.issue(400)).isEqualTo("invalid");
        assertThat(badDate.text()).doesNotContain("98765");
        assertThat(ehr.get("/Slot?start=ge%2B999999999-12-31T00:00:00Z").issue(400))
                .isEqualTo("invalid");
        assertThat(ehr.get("/Slot?start=lt-999999999-01-01T00:00:00Z").issue(400))
                .isEqualTo("invalid");
    }

    @Test
    void badRequestsGetOperationOutcomesNeverProblemJson() {
        assertThat(ehr.post("/Appointment/$book", "{not json").issue(400)).isEqualTo("invalid");
        assertThat(ehr.post("/Appointment/$book", "{\"resourceType\":\"Parameters\",\"parameter\":[]}")
                        .issue(400))
                .isEqualTo("required");
        assertThat(ehr.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotIds.get(0)).parameters())
                        .issue(400))
                .isEqualTo("required");
        assertThat(ehr.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot("no-such-slot")
                                        .forPatient("Asha Verma")
                                        .parameters())
                        .issue(422))
                .isEqualTo("business-rule");
        assertThat(ehr.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotIds.get(0))
                                        .forPatient("Asha Verma")
                                        .withScan("PET", "LUMBAR", "2030-03-01")
                                        .parameters())
                        .issue(400))
                .isEqualTo("invalid");
        assertThat(ehr.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotIds.get(0))
                                        .forPatient("Asha Verma")
                                        .condition("no-such-condition")
                                        .parameters())
                        .issue(422))
                .isEqualTo("business-rule");
        assertThat(ehr.get("/Observation/1").issue(404)).isEqualTo("not-supported");
        assertThat(ehr.send("DELETE", "/Appointment/x", null, null).issue(404)).isEqualTo("not-supported");
        assertThat(ehr.get("/Appointment?patient=Patient/1").issue(400)).isEqualTo("not-supported");
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("free");
    }

    @Test
    void aSystemSeesAndCancelsOnlyTheAppointmentsItMade() {
        String ours = book(slotIds.get(0), "Asha Verma");
        FhirApi other = FhirApi.at(port, "other-portal", FhirApi.ALL_SCOPES);
        Api.Reply patientBooking = api.post(
                "/api/appointments",
                booking(slotIds.get(1)).withRecentLumbarMri().build());
        assertThat(patientBooking.status()).as(patientBooking.toString()).isEqualTo(201);
        String patients = patientBooking.string("id");

        assertThat(other.get("/Appointment/" + ours).issue(404)).isEqualTo("not-found");
        assertThat(ehr.get("/Appointment/" + patients).issue(404)).isEqualTo("not-found");
        assertThat(other.get("/Appointment").entries(Appointment.class)).isEmpty();
        assertThat(ehr.get("/Appointment").entries(Appointment.class))
                .extracting(a -> a.getIdElement().getIdPart())
                .containsExactly(ours);

        for (String id : List.of(ours, patients)) {
            Appointment cancel = new Appointment();
            cancel.setId(id);
            cancel.setStatus(Appointment.AppointmentStatus.CANCELLED);
            cancel.addParticipant()
                    .setStatus(Appointment.ParticipationStatus.ACCEPTED)
                    .setActor(new org.hl7.fhir.r4.model.Reference("#x"));
            FhirApi caller = id.equals(ours) ? other : ehr;
            assertThat(caller.put(
                                    "/Appointment/" + id,
                                    FhirChecks.R4.newJsonParser().encodeResourceToString(cancel))
                            .issue(404))
                    .isEqualTo("not-found");
        }
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("busy");
        assertThat(fixtures.slotStatus(slotIds.get(1))).isEqualTo("busy");
    }

    @Test
    void tokensWithoutTheRightClientOrScopeAreRefused() {
        assertThat(FhirApi.at(port, null, null).get("/Slot").issue(401)).isEqualTo("login");
        assertThat(FhirApi.withToken(port, "not-a-jwt").get("/Slot").issue(401)).isEqualTo("login");
        assertThat(FhirApi.withToken(port, io.spinecare.booking.support.StaffTokens.frontDesk())
                        .get("/Slot")
                        .issue(403))
                .isEqualTo("forbidden");
        FhirApi readOnly = FhirApi.at(port, "analytics", "system/Slot.read system/Appointment.read");
        assertThat(readOnly.get("/Slot").status()).isEqualTo(200);
        assertThat(readOnly.post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotIds.get(0))
                                        .forPatient("Asha Verma")
                                        .parameters())
                        .issue(403))
                .isEqualTo("forbidden");
        assertThat(readOnly.get("/Practitioner").issue(403)).isEqualTo("forbidden");
        assertThat(fixtures.slotStatus(slotIds.get(0))).isEqualTo("free");
    }

    private String book(String slotId, String patient) {
        return ehr.post(
                        "/Appointment/$book",
                        FhirBooking.onSlot(slotId).forPatient(patient).parameters())
                .entries(Appointment.class)
                .get(0)
                .getIdElement()
                .getIdPart();
    }

    private static boolean urgentReview(Appointment appointment) {
        return ((BooleanType) appointment
                        .getExtensionByUrl(FhirCodes.EXT_URGENT_REVIEW)
                        .getValue())
                .booleanValue();
    }
}
