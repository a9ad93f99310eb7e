package io.spinecare.booking.series;

import static io.spinecare.booking.series.SeriesClinic.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.repair.ArmedCrashPoints;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.repair.SlotReconciler;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.Concurrently;
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

/** Confirming a series books every visit or none, under races and after a crash (ADR 0226). */
class SeriesConfirmationTest extends IntegrationTest {

    private static final int VISITS = 5;
    private static final List<String> PATIENTS = List.of("Asha Rao", "Bina Shah", "Chitra Das", "Devi Nair");

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
    void confirmingBooksEveryVisitAndAnnouncesThemOnce() {
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();

        Api.Reply confirmed = clinic.confirm(series.path("id").asString());

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        for (JsonNode visit : confirmed.body().path("visits")) {
            assertThat(visit.path("reference").asString()).startsWith("SC-");
            assertThat(fixtures.slotStatus(visit.path("slotId").asString())).isEqualTo("busy");
        }
        assertThat(visit(confirmed.body(), "wound-check")
                        .path("appointmentStatus")
                        .asString())
                .isEqualTo("booked");
        assertThat(visit(confirmed.body(), "review-6-weeks")
                        .path("appointmentStatus")
                        .asString())
                .as("the X-ray is still to come")
                .isEqualTo("pending");
        assertThat(liveAppointmentsOf("Ravi Kumar")).isEqualTo(1 + VISITS);
        assertThat(clinic.confirm(series.path("id").asString()).problemType()).endsWith("/series-not-proposed");
    }

    @Test
    void aSlotTakenMeanwhileLeavesNoVisitBookedAndTheVisitToChange() {
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String sixWeeks = visit(series, "review-6-weeks").path("slotId").asString();
        clock.advance(Duration.ofHours(73)); // the holds have lapsed, and another patient books the slot
        Api.Reply other = api.post(
                "/api/appointments",
                BookingBuilder.booking(sixWeeks)
                        .type("FOLLOW_UP")
                        .patientName("Meena Iyer")
                        .build());
        assertThat(other.status()).as(other.toString()).isEqualTo(201);

        Api.Reply refused = clinic.confirm(series.path("id").asString());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemType()).endsWith("/slot-taken");
        assertThat(liveAppointmentsOf("Ravi Kumar"))
                .as("only the appointment before surgery")
                .isEqualTo(1);
        JsonNode after =
                desk.get("/api/desk/series/" + series.path("id").asString()).body();
        assertThat(after.path("status").asString()).isEqualTo("proposed");
        assertThat(after.path("unresolvedVisitIds").values())
                .extracting(JsonNode::asString)
                .containsExactly("review-6-weeks");
        for (JsonNode visit : after.path("visits")) {
            if (!visit.path("visitId").asString().equals("review-6-weeks")) {
                assertThat(fixtures.slotStatus(visit.path("slotId").asString()))
                        .as("held again for the patient")
                        .isEqualTo("busy-tentative");
            }
        }
        OwnershipInvariants.check(mongo, SeriesClinic.SURGEON, false);
    }

    @Test
    void confirmationsRacingBookingsOfTheirSlotsBookWholeSeriesOrNothing() {
        int rounds = PATIENTS.size();
        List<JsonNode> plans = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            plans.add(clinic.recordFusion(clinic.appointment(PATIENTS.get(round), round))
                    .body());
        }
        clock.advance(Duration.ofHours(73)); // holds lapsed: the slots are free for anyone
        for (int round = 0; round < rounds; round++) {
            JsonNode plan = plans.get(round);
            String id = plan.path("id").asString();
            String contested = visit(plan, round % 2 == 0 ? "review-6-weeks" : "wound-check")
                    .path("slotId")
                    .asString();
            List<Api.Reply> replies = Concurrently.run(
                    12,
                    n -> n < 3
                            ? clinic.confirm(id)
                            : api.post(
                                    "/api/appointments",
                                    BookingBuilder.booking(contested)
                                            .type("FOLLOW_UP")
                                            .patientName("Rival " + (char) ('A' + n))
                                            .build()));

            List<Api.Reply> confirms = replies.subList(0, 3);
            List<Api.Reply> bookings = replies.subList(3, replies.size());
            long confirmed = confirms.stream().filter(r -> r.status() == 200).count();
            long booked = bookings.stream().filter(r -> r.status() == 201).count();
            assertThat(confirmed + booked)
                    .as("one winner for slot %s: %s", contested, replies)
                    .isEqualTo(1);
            assertThat(replies)
                    .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201, 409));
            assertThat(liveAppointmentsOf(PATIENTS.get(round)))
                    .as("whole series or nothing")
                    .isEqualTo(confirmed == 1 ? 1 + VISITS : 1);
        }
        OwnershipInvariants.check(mongo, SeriesClinic.SURGEON, false);
        OwnershipInvariants.check(mongo, SeriesClinic.COLLEAGUE, false);
    }

    @Test
    void aConfirmationThatDiedHalfWayIsTakenBackByTheRepair() {
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String id = series.path("id").asString();
        crashPoints.arm(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);

        Api.Reply died = clinic.confirm(id);

        assertThat(died.status()).isEqualTo(500);
        assertThat(seriesRepair.repair()).as("inside the grace period").isZero();
        clock.advance(Duration.ofMinutes(3));
        seriesRepair.repair(); // (the scheduled repair may have come first: the state below is what counts)
        reconciler.repair();
        assertThat(liveAppointmentsOf("Ravi Kumar")).isEqualTo(1);
        OwnershipInvariants.check(mongo, SeriesClinic.SURGEON, true);
        JsonNode after = desk.get("/api/desk/series/" + id).body();
        assertThat(after.path("status").asString()).isEqualTo("proposed");
        assertThat(after.path("unresolvedVisitIds")).isEmpty();

        Api.Reply again = clinic.confirm(id);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(liveAppointmentsOf("Ravi Kumar")).isEqualTo(1 + VISITS);
    }

    private long liveAppointmentsOf(String name) {
        return mongo.getCollection("appointments")
                .countDocuments(new Document("patient.name", name)
                        .append("status", new Document("$nin", List.of("CANCELLED", "ENTERED_IN_ERROR"))));
    }
}
