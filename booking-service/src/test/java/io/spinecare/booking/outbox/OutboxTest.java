package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Invariant 2: each committed change leaves exactly its event(s) in the changed document. */
class OutboxTest extends IntegrationTest {

    @Autowired
    private OutboxRelay relay;

    /** What is recorded is inspected before the relay would publish and remove it. */
    @BeforeEach
    void holdTheRelay() {
        relay.pause(true);
    }

    @AfterEach
    void releaseTheRelay() {
        relay.pause(false);
    }

    private static final String PREFIX = "io.spinecare.appointment.";

    @Test
    void bookingRecordsOneBookedEventOnTheAppointmentAndNoneOnTheSlot() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());

        List<Document> events = outbox("appointments", booked.string("id"));

        assertThat(types(events)).containsExactly(PREFIX + "booked.v2");
        Document event = events.get(0);
        assertThat(event.getString("topic")).isEqualTo("spinecare.appointments");
        assertThat(event.getString("key")).isEqualTo(booked.string("id"));
        assertThat(event.getString("subject")).isEqualTo(booked.string("id"));
        assertThat(event.getString("id")).matches("[0-9a-f-]{36}");
        Document body = event.get("body", Document.class);
        assertThat(body.getInteger("schemaVersion")).isEqualTo(2);
        assertThat(body.getString("reference")).isEqualTo(booked.string("reference"));
        assertThat(body.getString("status")).isEqualTo("pending");
        assertThat(body.getString("start")).isEqualTo("2030-06-05T09:00:00+05:30");
        assertThat(body.getString("timeZone")).isEqualTo("Asia/Kolkata");
        assertThat(body.getInteger("tokenGeneration")).isEqualTo(1);
        assertThat(body.get("prerequisites", List.class)).hasSize(1);
        assertThat(outbox("slots", slotId)).isEmpty();
    }

    @Test
    void eventsNeverCarryTheManageTokenOrItsHash() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());
        Document stored = mongo.getCollection("appointments").find().first();

        String events = stored.get("outbox", List.class).toString();

        assertThat(events).doesNotContain(booked.string("manageToken")).doesNotContain(stored.getString("tokenHash"));
    }

    @Test
    void everyStatusChangeAddsExactlyItsEvent() {
        Api.Reply booked =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build());
        String id = booked.string("id");
        desk.postEmpty("/api/desk/appointments/" + id + "/verify-prerequisites");
        clock.set(Instant.parse("2030-06-05T03:00:00Z"));
        desk.postEmpty("/api/desk/appointments/" + id + "/check-in");
        desk.postEmpty("/api/desk/appointments/" + id + "/complete");
        desk.post(
                "/api/desk/appointments/" + id + "/correct-status", map("status", "arrived", "reason", "not seen yet"));

        assertThat(types(outbox("appointments", id)))
                .containsExactly(
                        PREFIX + "booked.v2",
                        PREFIX + "prerequisites-verified.v2",
                        PREFIX + "checked-in.v2",
                        PREFIX + "completed.v2",
                        PREFIX + "status-corrected.v2");
        Document correction = outbox("appointments", id).get(4).get("body", Document.class);
        assertThat(correction.getString("status")).isEqualTo("arrived");
        assertThat(correction.getString("correctedFrom")).isEqualTo("fulfilled");
    }

    @Test
    void aNoShowAddsItsEvent() {
        String id = api.post("/api/appointments", booking(fixtures.oneSlot()).build())
                .string("id");
        clock.set(Instant.parse("2030-06-05T04:00:00Z"));

        desk.postEmpty("/api/desk/appointments/" + id + "/no-show");

        assertThat(types(outbox("appointments", id))).containsExactly(PREFIX + "booked.v2", PREFIX + "no-show.v2");
    }

    @Test
    void cancellingRecordsCancelledOnTheAppointmentAndReleasedOnTheSlot() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());

        api.post(
                "/api/appointments/" + booked.string("reference") + "/cancel",
                map("reason", "FEELING_BETTER"),
                "X-Manage-Token",
                booked.string("manageToken"));

        List<Document> events = outbox("appointments", booked.string("id"));
        assertThat(types(events)).containsExactly(PREFIX + "booked.v2", PREFIX + "cancelled.v2");
        Document body = events.get(1).get("body", Document.class);
        assertThat(body.getString("cancelledBy")).isEqualTo("PATIENT");
        assertThat(body.getString("reason")).isEqualTo("FEELING_BETTER");
        List<Document> slotEvents = outbox("slots", slotId);
        assertThat(types(slotEvents)).containsExactly("io.spinecare.slot.released.v1");
        assertThat(slotEvents.get(0).getString("topic")).isEqualTo("spinecare.slots");
        assertThat(slotEvents.get(0).getString("id")).matches("[0-9a-f-]{36}");
        assertThat(slotEvents.get(0).get("body", Document.class).getString("status"))
                .isEqualTo("free");
    }

    @Test
    void reschedulingRecordsRescheduledWithThePreviousTimeAndReleasesTheOldSlot() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());

        api.post(
                "/api/appointments/" + booked.string("reference") + "/reschedule",
                map("slotId", slots.get(2)),
                "X-Manage-Token",
                booked.string("manageToken"));

        List<Document> events = outbox("appointments", booked.string("id"));
        assertThat(types(events)).containsExactly(PREFIX + "booked.v2", PREFIX + "rescheduled.v2");
        Document body = events.get(1).get("body", Document.class);
        assertThat(body.getString("start")).isEqualTo("2030-06-05T10:00:00+05:30");
        assertThat(body.get("previous", Document.class).getString("start")).isEqualTo("2030-06-05T09:00:00+05:30");
        assertThat(body.getInteger("tokenGeneration")).isEqualTo(2);
        assertThat(types(outbox("slots", slots.get(0)))).containsExactly("io.spinecare.slot.released.v1");
        assertThat(outbox("slots", slots.get(2))).isEmpty();
    }

    @Test
    void blockingAndReleasingASlotRecordTheirSlotEventsButHoldsRecordNone() {
        String slotId = fixtures.oneSlot();
        api.postEmpty("/api/slots/" + slotId + "/hold");
        clock.advance(Duration.ofMinutes(11));
        assertThat(outbox("slots", slotId)).isEmpty();

        desk.postEmpty("/api/desk/slots/" + slotId + "/block");
        desk.postEmpty("/api/desk/slots/" + slotId + "/release");

        assertThat(types(outbox("slots", slotId)))
                .containsExactly("io.spinecare.slot.blocked.v1", "io.spinecare.slot.released.v1");
    }

    @Test
    void aRefusedChangeRecordsNoEvent() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post("/api/appointments", booking(slotId).build());
        api.post("/api/appointments", booking(slotId).patientName("Ravi Iyer").build()); // 409
        desk.postEmpty("/api/desk/appointments/" + booked.string("id") + "/complete"); // 409: not arrived
        api.postEmpty("/api/appointments/" + booked.string("reference") + "/cancel", "X-Manage-Token", "wrong");

        assertThat(types(outbox("appointments", booked.string("id")))).containsExactly(PREFIX + "booked.v2");
        assertThat(outbox("slots", slotId)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Document> outbox(String collection, String id) {
        Document document =
                mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
        assertThat(document).as(collection + " " + id).isNotNull();
        return document.get("outbox", List.class) == null ? List.of() : document.get("outbox", List.class);
    }

    private static List<String> types(List<Document> events) {
        return events.stream().map(e -> e.getString("type")).toList();
    }
}
