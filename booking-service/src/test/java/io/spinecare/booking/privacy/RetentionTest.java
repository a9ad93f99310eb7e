package io.spinecare.booking.privacy;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.booking.repair.ArmedCrashPoints;
import io.spinecare.booking.repair.CrashPoints;
import io.spinecare.booking.series.SeriesClinic;
import io.spinecare.booking.series.SeriesRepair;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * With the clock moved past the retention period, cancelled and voided appointments lose their patient in
 * batches of two (the test setting); the live one and a recently cancelled one keep theirs.
 */
class RetentionTest extends IntegrationTest {

    @Autowired
    private RetentionJob retention;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ArmedCrashPoints crashPoints;

    @Autowired
    private SeriesRepair seriesRepair;

    @AfterEach
    void disarm() {
        crashPoints.disarm();
    }

    @Test
    void oldOverAppointmentsAreErasedInBatchesAndRecentOnesStay() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        for (int i = 0; i < 3; i++) {
            cancel(book(slots.get(i), "old" + i + "@example.org"));
        }
        Api.Reply live = book(slots.get(3), "live@example.org");
        clock.advance(Duration.ofDays(2557 + 30));
        List<String> recentSlots =
                fixtures.slotsOn("dr-iyer", Fixtures.CLINIC_DAY.plusYears(7).plusMonths(2));
        Api.Reply recent = book(recentSlots.get(0), "recent@example.org");
        cancel(recent);
        double erasedBefore =
                meters.counter("spinecare.retention.appointments.erased").count();

        assertThat(retention.runOnce()).isEqualTo(2);
        assertThat(retention.runOnce()).isEqualTo(1);
        assertThat(retention.runOnce()).isZero();

        assertThat(meters.counter("spinecare.retention.appointments.erased").count() - erasedBefore)
                .isEqualTo(3.0);
        String contacts = emails();
        assertThat(contacts).doesNotContain("old0@", "old1@", "old2@").contains("live@", "recent@");
        assertThat(desk.get("/api/desk/appointments/" + live.string("id"))
                        .body()
                        .toString())
                .contains("live@example.org");
    }

    @Test
    void waitlistEntriesGoNinetyDaysAfterTheyLeftTheListAndWaitingOnesStay() {
        String ended = joinWaitlist("ended@example.org", Fixtures.CLINIC_DAY.toString());
        String waiting = joinWaitlist("waiting@example.org", null);
        clock.set(Fixtures.CLINIC_DAY.plusDays(2).atStartOfDay(clock.getZone()).toInstant());
        // the sweep (every 300 ms in tests) takes the entry whose window ended off the list
        await().atMost(Duration.ofSeconds(10)).until(() -> "EXPIRED".equals(stateOf(ended)));
        double removedBefore =
                meters.counter("spinecare.retention.waitlist.removed").count();

        clock.advance(Duration.ofDays(89));
        assertThat(retention.removeClosedWaitlistEntries().entries()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(retention.removeClosedWaitlistEntries().entries()).isOne();

        assertThat(meters.counter("spinecare.retention.waitlist.removed").count() - removedBefore)
                .isEqualTo(1.0);
        assertThat(mongo.getCollection("waitlist").find().map(d -> d.getString("_id")))
                .containsExactly(waiting)
                .doesNotContain(ended);
    }

    private String stateOf(String entryId) {
        return mongo.getCollection("waitlist")
                .find(new org.bson.Document("_id", entryId))
                .first()
                .getString("state");
    }

    private String joinWaitlist(String email, String latest) {
        Api.Reply joined = api.post(
                "/api/waitlist",
                map(
                        "conditionId",
                        "sciatica",
                        "consultationType",
                        "NEW_CONSULTATION",
                        "latest",
                        latest,
                        "patient",
                        map("name", "Asha Verma", "email", email, "phone", "+91 98765 43210")));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined.string("id");
    }

    @Test
    void aSeriesLosesItsPatientOnceItsLastVisitWindowClosedLongerThanThePeriodAgo() {
        SeriesClinic clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
        clinic.slotsForFusion();
        Api.Reply planned = clinic.recordFusion(clinic.appointment("Meera Joshi", 0));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        double erasedBefore =
                meters.counter("spinecare.retention.series.erased").count();

        // the first visit window closed more than 7 years ago, the last (3 July 2031) not yet
        clock.set(Instant.parse("2038-06-20T00:00:00Z"));
        assertThat(retention.closedSeriesOnce()).isZero();
        assertThat(storedSeries()).contains("Meera Joshi", "asha@example.org");

        clock.set(Instant.parse("2038-07-10T00:00:00Z"));
        assertThat(retention.closedSeriesOnce()).isEqualTo(1);
        assertThat(retention.closedSeriesOnce()).isZero();

        assertThat(storedSeries()).doesNotContain("Meera Joshi", "asha@example.org", "98765 43210");
        assertThat(meters.counter("spinecare.retention.series.erased").count() - erasedBefore)
                .isEqualTo(1.0);
    }

    @Test
    void aVisitVoidedWithItsSeriesConfirmationLosesItsPatientAfterThePeriodAndNotBefore() {
        SeriesClinic clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
        clinic.slotsForFusion();
        String id = clinic.recordFusion(clinic.appointment("Meera Joshi", 0))
                .body()
                .path("id")
                .asString();
        crashPoints.arm(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);
        assertThat(clinic.confirm(id).status()).isEqualTo(500);
        clock.advance(Duration.ofMinutes(3));
        seriesRepair.repair(); // (the scheduled repair may have come first: the state below is what counts)
        Document voided = mongo.getCollection("appointments")
                .find(new Document("status", "ENTERED_IN_ERROR").append("patient.name", "Meera Joshi"))
                .first();
        assertThat(voided)
                .as("the visit written before the crash, voided with its patient")
                .isNotNull();
        Instant due = voided.getDate("end").toInstant().plus(Duration.ofDays(2557));

        clock.set(due.minus(Duration.ofDays(1)));
        assertThat(retention.runOnce()).isZero();
        assertThat(storedAppointment(voided.getString("_id"))).contains("Meera Joshi", "asha@example.org");

        clock.set(due.plus(Duration.ofDays(1)));
        assertThat(retention.runOnce()).isOne();
        assertThat(retention.runOnce()).isZero();
        assertThat(storedAppointment(voided.getString("_id")))
                .doesNotContain("Meera Joshi", "asha@example.org", "98765 43210", "1978-04-12")
                .contains("PATIENT_ERASED");
        assertThat(emails()).as("the live appointment keeps its patient").contains("Meera Joshi");
    }

    private String storedAppointment(String id) {
        return mongo.getCollection("appointments")
                .find(new Document("_id", id))
                .first()
                .toJson();
    }

    private String storedSeries() {
        StringBuilder all = new StringBuilder();
        mongo.getCollection("followup-series").find().forEach(d -> all.append(d.toJson()));
        return all.toString();
    }

    private Api.Reply book(String slotId, String email) {
        Api.Reply reply = api.post(
                "/api/appointments", booking(slotId).setPatient("email", email).build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private void cancel(Api.Reply booked) {
        Api.Reply cancelled = api.post(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                map("reason", "SCHEDULE_CONFLICT"),
                "X-Manage-Token",
                booked.string("manageToken"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    }

    private String emails() {
        StringBuilder all = new StringBuilder();
        mongo.getCollection("appointments").find().forEach(d -> all.append(d.toJson()));
        return all.toString();
    }
}
