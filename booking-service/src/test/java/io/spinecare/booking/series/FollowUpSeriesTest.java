package io.spinecare.booking.series;

import static io.spinecare.booking.series.SeriesClinic.visit;
import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** Planning a follow-up series from a surgery, moving one visit, and the desk's unresolved visits. */
class FollowUpSeriesTest extends IntegrationTest {

    private static final List<String> FUSION_VISITS =
            List.of("wound-check", "review-6-weeks", "review-3-months", "review-6-months", "review-12-months");

    @Autowired
    ApplicationContext context;

    SeriesClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
    }

    @Test
    void aFusionSeriesLandsEachVisitInItsWindowWithXraysBeforeTheLaterChecks() {
        clinic.slotsForFusion();
        Api.Reply planned = clinic.recordFusion(clinic.appointment("Ravi Kumar", 0));

        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        JsonNode series = planned.body();
        assertThat(series.path("status").asString()).isEqualTo("proposed");
        assertThat(series.path("unresolvedVisitIds")).isEmpty();
        assertThat(series.path("visits").findValuesAsString("visitId")).containsExactlyElementsOf(FUSION_VISITS);
        for (JsonNode visit : series.path("visits")) {
            LocalDate day = OffsetDateTime.parse(visit.path("start").asString()).toLocalDate();
            LocalDate earliest = LocalDate.parse(visit.path("earliest").asString());
            LocalDate latest = LocalDate.parse(visit.path("latest").asString());
            assertThat(day).as(visit.toString()).isBetween(earliest, latest);
            // every target here is a weekday with free slots: the nearest is on the day, with the surgeon
            assertThat(day)
                    .as(visit.toString())
                    .isEqualTo(LocalDate.parse(visit.path("target").asString()));
            assertThat(visit.path("specialistId").asString()).isEqualTo(SeriesClinic.SURGEON);
            assertThat(fixtures.slotStatus(visit.path("slotId").asString())).isEqualTo("busy-tentative");
        }
        assertThat(visit(series, "wound-check").path("imaging")).isEmpty();
        for (String later : FUSION_VISITS.subList(1, FUSION_VISITS.size())) {
            JsonNode scans = visit(series, later).path("imaging");
            assertThat(scans.findValuesAsString("modality")).as(later).containsExactly("XRAY");
            assertThat(scans.findValuesAsString("region")).as(later).containsExactly("LUMBAR");
        }
    }

    @Test
    void aColleagueTakesTheVisitWhenTheSurgeonHasNoSlotInTheWindow() {
        clinic.slots(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 6, 14), LocalDate.of(2030, 6, 21));
        clinic.slotsForFusion("wound-check");

        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();

        assertThat(visit(series, "wound-check").path("specialistId").asString()).isEqualTo(SeriesClinic.COLLEAGUE);
    }

    @Test
    void aWindowWithoutAFreeSlotIsListedForTheDeskAndConfirmationWaitsForIt() {
        clinic.slotsForFusion("review-6-months");
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String id = series.path("id").asString();

        assertThat(series.path("unresolvedVisitIds").values())
                .extracting(JsonNode::asString)
                .containsExactly("review-6-months");
        assertThat(visit(series, "review-6-months").path("slotId").isMissingNode()
                        || visit(series, "review-6-months").path("slotId").isNull())
                .isTrue();
        Api.Reply early = clinic.confirm(id);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.problemType()).endsWith("/series-incomplete");

        clinic.slots(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 12, 2), LocalDate.of(2030, 12, 2));
        String slot = fixtures.slotIds(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 12, 2))
                .get(0);
        Api.Reply resolved = desk.post("/api/desk/series/" + id + "/visits/review-6-months/slot", map("slotId", slot));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.body().path("unresolvedVisitIds")).isEmpty();

        Api.Reply confirmed = clinic.confirm(id);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body().path("status").asString()).isEqualTo("confirmed");
        assertThat(visit(confirmed.body(), "review-6-months").path("slotId").asString())
                .isEqualTo(slot);
    }

    @Test
    void aSlotOutsideTheVisitsWindowIsRefusedAndChangesNothing() {
        clinic.slotsForFusion();
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String outside = visit(series, "review-3-months").path("slotId").asString();

        Api.Reply refused = clinic.move(series.path("id").asString(), "review-6-weeks", outside);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemType()).endsWith("/outside-follow-up-window");
        JsonNode after =
                desk.get("/api/desk/series/" + series.path("id").asString()).body();
        assertThat(after.path("visits")).isEqualTo(series.path("visits"));
    }

    @Test
    void movingTheSixWeekVisitLeavesEveryOtherVisitWhereItWas() {
        clinic.slotsForFusion();
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String id = series.path("id").asString();
        String before = visit(series, "review-6-weeks").path("slotId").asString();
        String proposedMove = fixtures.slotIds(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 7, 16))
                .get(2);

        Api.Reply moved = clinic.move(id, "review-6-weeks", proposedMove);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(visit(moved.body(), "review-6-weeks").path("slotId").asString())
                .isEqualTo(proposedMove);
        assertThat(fixtures.slotStatus(before)).isEqualTo("free");
        assertThat(fixtures.slotStatus(proposedMove)).isEqualTo("busy-tentative");
        assertOthersUnchanged(series, moved.body());

        JsonNode confirmed = clinic.confirm(id).body();
        String bookedMove = fixtures.slotIds(SeriesClinic.SURGEON, LocalDate.of(2030, 7, 17))
                .get(0);
        Api.Reply rescheduled = clinic.move(id, "review-6-weeks", bookedMove);

        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
        JsonNode sixWeeks = visit(rescheduled.body(), "review-6-weeks");
        assertThat(sixWeeks.path("slotId").asString()).isEqualTo(bookedMove);
        assertThat(sixWeeks.path("appointmentId").asString())
                .isEqualTo(
                        visit(confirmed, "review-6-weeks").path("appointmentId").asString());
        assertThat(fixtures.slotStatus(bookedMove)).isEqualTo("busy");
        assertThat(fixtures.slotStatus(proposedMove)).isEqualTo("free");
        assertOthersUnchanged(confirmed, rescheduled.body());
    }

    @Test
    void cancellingAConfirmedSeriesCancelsOnlyTheVisitsStillToCome() {
        clinic.slotsForFusion();
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();
        String id = series.path("id").asString();
        clinic.confirm(id);
        clock.set(java.time.Instant.parse("2030-06-18T00:00:00Z")); // the wound check is over

        Api.Reply cancelled = api.postEmpty("/api/series/" + id + "/cancel", "X-Manage-Token", clinic.token(id));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonNode after = cancelled.body();
        assertThat(after.path("status").asString()).isEqualTo("cancelled");
        assertThat(visit(after, "wound-check").path("appointmentStatus").asString())
                .isEqualTo("booked");
        for (String later : FUSION_VISITS.subList(1, FUSION_VISITS.size())) {
            assertThat(visit(after, later).path("appointmentStatus").asString())
                    .as(later)
                    .isEqualTo("cancelled");
        }
    }

    @Test
    void theSeriesLinkNeedsItsOwnToken() {
        clinic.slotsForFusion();
        String id = clinic.recordFusion(clinic.appointment("Ravi Kumar", 0))
                .body()
                .path("id")
                .asString();

        Api.Reply wrong = api.get("/api/series/" + id, "X-Manage-Token", clinic.token("series-someone-else"));
        Api.Reply unknown = api.get("/api/series/series-nothing", "X-Manage-Token", clinic.token("series-nothing"));
        Api.Reply right = api.get("/api/series/" + id, "X-Manage-Token", clinic.token(id));

        assertThat(wrong.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrong.problemType()).endsWith("/series-not-found");
        assertThat(right.status()).as(right.toString()).isEqualTo(200);
    }

    @Test
    void anAppointmentHasOneSeries() {
        clinic.slotsForFusion();
        String appointment = clinic.appointment("Ravi Kumar", 0);
        clinic.recordFusion(appointment);

        Api.Reply again = clinic.recordFusion(appointment);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/series-exists");
        assertThat(mongo.getCollection("followup-series").countDocuments(new Document()))
                .isEqualTo(1);
    }

    @Test
    void aSurgeryRecordThatCannotBePlannedIsRefusedAndHoldsNothing() {
        clinic.slotsForFusion();
        String appointment = clinic.appointment("Ravi Kumar", 0);
        String path = "/api/desk/appointments/" + appointment + "/surgery";
        var valid = map(
                "procedureId",
                "spinal-fusion",
                "date",
                SeriesClinic.SURGERY,
                "surgeonId",
                SeriesClinic.SURGEON,
                "region",
                "LUMBAR");
        var noRegion = new java.util.HashMap<>(valid);
        noRegion.remove("region");
        var unknownProcedure = new java.util.HashMap<>(valid);
        unknownProcedure.put("procedureId", "no-such-operation");

        Api.Reply withoutRegion = desk.post(path, noRegion);
        Api.Reply unknown = desk.post(path, unknownProcedure);
        Api.Reply noAppointment = desk.post("/api/desk/appointments/no-such-appointment/surgery", valid);
        Api.Reply anonymous = api.post(path, valid);

        assertThat(withoutRegion.status()).isEqualTo(400);
        assertThat(withoutRegion.problemType()).endsWith("/validation-failed");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemType()).endsWith("/unknown-reference");
        assertThat(noAppointment.status()).isEqualTo(404);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(mongo.getCollection("followup-series").countDocuments(new Document()))
                .isZero();
        assertThat(mongo.getCollection("slots").countDocuments(new Document("hold", new Document("$exists", true))))
                .as("no slot held")
                .isZero();
    }

    @Test
    void cancellingAProposedSeriesLetsItsHeldSlotsGo() {
        clinic.slotsForFusion();
        JsonNode series =
                clinic.recordFusion(clinic.appointment("Ravi Kumar", 0)).body();

        Api.Reply cancelled =
                desk.postEmpty("/api/desk/series/" + series.path("id").asString() + "/cancel");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asString()).isEqualTo("cancelled");
        for (JsonNode visit : series.path("visits")) {
            assertThat(fixtures.slotStatus(visit.path("slotId").asString())).isEqualTo("free");
        }
        assertThat(clinic.confirm(series.path("id").asString()).problemType()).endsWith("/series-not-proposed");
    }

    private static void assertOthersUnchanged(JsonNode before, JsonNode after) {
        List<String> others = new ArrayList<>(FUSION_VISITS);
        others.remove("review-6-weeks");
        for (String other : others) {
            assertThat(visit(after, other)).as(other).isEqualTo(visit(before, other));
        }
    }
}
