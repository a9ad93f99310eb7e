package io.spinecare.booking.series;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.repair.ArmedCrashPoints;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.SlotReconciler;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.OwnershipInvariants;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Erasing a patient reaches their follow-up series (ADR 0212): no name or contact stays in the stored series,
 * a proposal is cancelled with its holds let go and can no longer be confirmed, and a confirmation caught
 * half-way is taken back with the visit it had written erased, and so is a visit the repair voided already.
 */
class SeriesErasureTest extends IntegrationTest {

    private static final String NAME = "Meera Joshi";

    @Autowired
    ApplicationContext context;

    @Autowired
    ArmedCrashPoints crashPoints;

    @Autowired
    SeriesRepair seriesRepair;

    @Autowired
    SlotReconciler reconciler;

    SeriesClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
        clinic.slotsForFusion();
    }

    @AfterEach
    void disarm() {
        crashPoints.disarm();
    }

    @Test
    void erasingThePatientCancelsTheProposalFreesItsSlotsAndLeavesNoContactInTheSeries() {
        String appointmentId = clinic.appointment(NAME, 0);
        JsonNode series = clinic.recordFusion(appointmentId).body();
        String id = series.path("id").asString();
        List<String> held = series.path("visits").findValuesAsString("slotId");
        assertThat(held).hasSize(5).allSatisfy(slot -> assertThat(fixtures.slotStatus(slot))
                .isEqualTo("busy-tentative"));
        assertThat(storedSeries()).contains(NAME, "asha@example.org");

        Api.Reply erased = desk.post("/api/desk/erasures", map("reference", referenceOf(appointmentId)));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertNothingPersonalIn(storedSeries());
        assertThat(held)
                .allSatisfy(slot -> assertThat(fixtures.slotStatus(slot)).isEqualTo("free"));
        assertThat(desk.get("/api/desk/series/" + id).string("status")).isEqualTo("cancelled");

        Api.Reply confirm = clinic.confirm(id);
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(409);
        assertThat(confirm.contentType()).contains("application/problem+json");
        assertThat(confirm.problemType()).endsWith("/series-not-proposed");
        assertThat(mongo.getCollection("appointments").countDocuments())
                .as("no visit appointment was written")
                .isEqualTo(1);
        OwnershipInvariants.check(mongo, SeriesClinic.SURGEON, false);
    }

    @Test
    void aConfirmedSeriesKeepsItsVisitsBookedButLosesItsCopyOfThePatient() {
        String appointmentId = clinic.appointment(NAME, 0);
        String id = clinic.recordFusion(appointmentId).body().path("id").asString();
        Api.Reply confirmed = clinic.confirm(id);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        Api.Reply erased = desk.post("/api/desk/erasures", map("email", "asha@example.org"));

        assertThat(erased.body().path("appointmentsErased").asInt()).isEqualTo(1 + 5);
        assertNothingPersonalIn(storedSeries());
        assertNothingPersonalIn(everyAppointment());
        JsonNode after = desk.get("/api/desk/series/" + id).body();
        assertThat(after.path("status").asString()).isEqualTo("confirmed");
        assertThat(after.path("visits").findValuesAsString("appointmentStatus"))
                .hasSize(5)
                .allSatisfy(status -> assertThat(status).isIn("booked", "pending"));
    }

    @Test
    void aConfirmationCaughtHalfWayIsTakenBackAndTheVisitItWroteIsErasedToo() {
        String appointmentId = clinic.appointment(NAME, 0);
        JsonNode series = clinic.recordFusion(appointmentId).body();
        String id = series.path("id").asString();
        crashPoints.arm(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);
        assertThat(clinic.confirm(id).status()).isEqualTo(500);
        crashPoints.disarm();
        assertThat(everyAppointment()).as("the visit written before the crash").contains(NAME);

        Api.Reply erased = desk.post("/api/desk/erasures", map("reference", referenceOf(appointmentId)));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertNothingPersonalIn(storedSeries());
        assertNothingPersonalIn(everyAppointment());
        assertThat(series.path("visits").findValuesAsString("slotId"))
                .allSatisfy(slot -> assertThat(fixtures.slotStatus(slot)).isEqualTo("free"));
        assertThat(desk.get("/api/desk/series/" + id).string("status")).isEqualTo("cancelled");
        assertThat(clinic.confirm(id).status()).isEqualTo(409);
        OwnershipInvariants.check(mongo, SeriesClinic.SURGEON, true);
    }

    @Test
    void erasingByEmailReachesAVisitVoidedByTheRepairAndAVoidedBookingStillFencesItsKey() {
        String appointmentId = clinic.appointment(NAME, 0);
        String id = clinic.recordFusion(appointmentId).body().path("id").asString();
        crashPoints.arm(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);
        assertThat(clinic.confirm(id).status()).isEqualTo(500);
        crashPoints.arm(CrashPoints.AFTER_SLOT_CLAIMED);
        String otherSlot =
                fixtures.slotIds(SeriesClinic.SURGEON, Fixtures.CLINIC_DAY).get(1);
        assertThat(bookWithKey(otherSlot).status()).isEqualTo(500);
        clock.advance(Duration.ofMinutes(3));
        seriesRepair.repair(); // (the scheduled repairs may have come first: the state below is what counts)
        reconciler.repair();
        assertThat(mongo.getCollection("appointments")
                        .countDocuments(new Document("status", "ENTERED_IN_ERROR").append("patient.name", NAME)))
                .as("the visit written before the crash, voided with its patient")
                .isOne();
        assertThat(bookWithKey(otherSlot).problemType()).endsWith("/idempotency-key-failed");

        Api.Reply erased = desk.post("/api/desk/erasures", map("email", "ASHA@example.org"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.body().path("appointmentsErased").asInt())
                .as("the recording appointment and the voided visit")
                .isEqualTo(2);
        assertNothingPersonalIn(everyAppointment());
        assertNothingPersonalIn(storedSeries());
        Api.Reply replay = bookWithKey(otherSlot);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(409);
        assertThat(replay.problemType()).endsWith("/idempotency-key-failed");
        assertThat(fixtures.slotStatus(otherSlot)).isEqualTo("free");
    }

    private Api.Reply bookWithKey(String slotId) {
        return api.post(
                "/api/appointments", BookingBuilder.booking(slotId).build(), "Idempotency-Key", "voided-key-0001");
    }

    private String referenceOf(String appointmentId) {
        return desk.get("/api/desk/appointments/" + appointmentId).string("reference");
    }

    private static void assertNothingPersonalIn(String documents) {
        assertThat(documents)
                .isNotEmpty()
                .doesNotContain(NAME)
                .doesNotContain("asha@example.org")
                .doesNotContain("98765 43210")
                .doesNotContain("1978-04-12");
    }

    private String storedSeries() {
        return rawDocuments("followup-series");
    }

    private String everyAppointment() {
        return rawDocuments("appointments");
    }

    private String rawDocuments(String collection) {
        List<String> all = new ArrayList<>();
        mongo.getCollection(collection).find().forEach((Document d) -> all.add(d.toJson()));
        return String.join("\n", all);
    }
}
