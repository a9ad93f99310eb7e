package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The journey of docs/architecture.md through the gateway's HTTP port only: find a slot, hold it, book it without the
 * MRI the consultation needs, have staff verify the scan, and cancel as the patient; each step's e-mail arrives at the
 * stack's mail server.
 */
class PatientAndStaffJourneyTest {

    private static final String SPECIALIST = "dr-meera-iyer";
    private static final String PATIENT = "Asha Verma";
    private static final String PATIENT_EMAIL = GatewayClient.emailOf(PATIENT);
    private static GatewayClient gateway;
    private static Inbox inbox;

    @BeforeAll
    static void startStack() throws Exception {
        gateway = new GatewayClient(RunningStack.get().gatewayUrl());
        inbox = new Inbox(RunningStack.get());
    }

    @Test
    void aPatientBooksWithAMissingMriStaffVerifyItAndThePatientCancels() throws Exception {
        String slotId = firstFreeSlot();

        JsonNode hold = gateway.post("/api/slots/" + slotId + "/hold", Map.of(), Map.of())
                .expect(201);
        JsonNode booked = gateway.bookWithoutScans(slotId, hold.get("holdId").asText(), "herniated-disc", PATIENT)
                .expect(201);

        assertThat(booked.get("status").asText()).isEqualTo("pending");
        JsonNode mri = booked.get("prerequisites").get(0);
        assertThat(mri.get("modality").asText()).isEqualTo("MRI");
        assertThat(mri.get("region").asText()).isEqualTo("LUMBAR");
        assertThat(mri.get("status").asText()).isEqualTo("MISSING");
        assertThat(LocalDate.parse(mri.get("dueBy").asText()))
                .isBefore(LocalDate.parse(booked.get("start").asText().substring(0, 10)));
        assertThat(freeSlotIds()).doesNotContain(slotId);
        String reference = booked.get("reference").asText();
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "scans needed", reference).content())
                .contains(reference)
                .contains("/manage/" + reference + "#token=")
                .doesNotContain("?token=");
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "Scans to bring", reference).content())
                .containsIgnoringCase("lumbar MRI")
                .contains("Please bring or upload");

        String staffToken = gateway.staffToken();
        JsonNode verified = gateway.post(
                        "/api/desk/appointments/" + booked.get("id").asText() + "/verify-prerequisites",
                        Map.of("note", "lumbar MRI brought to the desk"),
                        Map.of("Authorization", "Bearer " + staffToken))
                .expect(200);
        assertThat(verified.get("status").asText()).isEqualTo("booked");
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "scans are checked", reference).content())
                .contains(reference);

        Map<String, String> manage =
                Map.of("X-Manage-Token", booked.get("manageToken").asText());
        JsonNode cancelled = gateway.post("/api/appointments/" + reference + "/cancel", Map.of(), manage)
                .expect(200);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        assertThat(inbox.awaitOne(PATIENT_EMAIL, "is cancelled", reference).content())
                .contains(reference);
        assertThat(freeSlotIds()).contains(slotId);
    }

    private static String firstFreeSlot() throws Exception {
        return freeSlotIds().get(0);
    }

    private static List<String> freeSlotIds() throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST
                                + "&conditionId=herniated-disc&consultationType=NEW_CONSULTATION&from=" + from
                                + "&to=" + from.plusDays(7),
                        Map.of())
                .expect(200);
        assertThat(slots.isArray()).isTrue();
        return slots.valueStream().map(slot -> slot.get("id").asText()).toList();
    }
}
