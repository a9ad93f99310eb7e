package io.spinecare.booking.patient;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.OwnershipInvariants;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Double clicks and retrying clients, many times over: 8 identical reschedules and 8 bookings with
 * one Idempotency-Key fired at the same instant. Exactly one of each takes effect, and afterwards
 * every slot and appointment satisfies the ownership invariants.
 */
class DuplicateSubmissionsTest extends IntegrationTest {

    private static final int COPIES = 8;

    @RepeatedTest(12)
    void eightIdenticalReschedulesAndEightSameKeyBookingsTakeEffectExactlyOnce(
            org.junit.jupiter.api.RepetitionInfo repetition) {
        String specialistId = "dr-dup-" + repetition.getCurrentRepetition();
        List<String> slots = fixtures.slotsOn(specialistId, Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        String reference = booked.string("reference");
        String token = booked.string("manageToken");
        Map<String, Object> sameRequest =
                booking(slots.get(2)).patientName("Ravi Menon").build();
        String key = "double-click-" + specialistId;

        List<Api.Reply> replies = Concurrently.run(
                2 * COPIES,
                i -> i < COPIES
                        ? api.post(
                                "/api/appointments/" + reference + "/reschedule",
                                map("slotId", slots.get(1)),
                                "X-Manage-Token",
                                token)
                        : api.post("/api/appointments", sameRequest, "Idempotency-Key", key));

        List<Api.Reply> reschedules = replies.subList(0, COPIES);
        List<Api.Reply> bookings = replies.subList(COPIES, 2 * COPIES);
        assertThat(reschedules)
                .filteredOn(r -> r.status() == 200)
                .as("reschedules that took effect")
                .hasSize(1);
        assertThat(reschedules).allSatisfy(r -> assertThat(r.status()).isIn(200, 404, 409));
        assertThat(bookings)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(bookings.stream().map(r -> r.string("id")).distinct()).hasSize(1);

        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("free");
        assertThat(fixtures.slotStatus(slots.get(1))).isEqualTo("busy");
        assertThat(fixtures.slotStatus(slots.get(2))).isEqualTo("busy");
        assertThat(historyActions(booked.string("id"))).containsExactly("BOOKED", "RESCHEDULED");
        assertThat(mongo.getCollection("appointments").countDocuments(new Document("slotId", slots.get(2))))
                .isEqualTo(1);
        OwnershipInvariants.check(mongo, specialistId, false);
    }

    private List<String> historyActions(String appointmentId) {
        return mongo
                .getCollection("appointments")
                .find(new Document("_id", appointmentId))
                .first()
                .getList("history", Document.class)
                .stream()
                .map(line -> line.getString("action"))
                .toList();
    }
}
