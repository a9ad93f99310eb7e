package io.spinecare.booking.patient;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatientSelfServiceTest extends IntegrationTest {

    private static final String TOKEN = "X-Manage-Token";

    private List<String> slots;
    private String reference;
    private String token;

    @BeforeEach
    void aPatientHasBookedTheFirstSlot() {
        slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post(
                "/api/appointments", booking(slots.get(0)).withRecentLumbarMri().build());
        reference = booked.string("reference");
        token = booked.string("manageToken");
    }

    @Test
    void thePatientSeesTheirAppointmentWithTheToken() {
        Api.Reply view = api.get("/api/appointments/" + reference, TOKEN, token);

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.string("reference")).isEqualTo(reference);
        assertThat(view.body().has("manageToken")).isFalse();
    }

    @Test
    void aWrongOrMissingTokenAnswersExactlyLikeAnUnknownReference() {
        Api.Reply unknown = api.get("/api/appointments/SC-ZZZZZZ", TOKEN, token);
        Api.Reply wrong = api.get("/api/appointments/" + reference, TOKEN, "not-the-token");
        Api.Reply missing = api.get("/api/appointments/" + reference);
        Api.Reply malformed = api.get("/api/appointments/whatever", TOKEN, token);

        for (Api.Reply reply : List.of(unknown, wrong, missing, malformed)) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(withoutInstance(reply)).isEqualTo(withoutInstance(unknown));
        }
        assertThat(api.postEmpty("/api/appointments/" + reference + "/cancel", TOKEN, "nope")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void cancellingFreesTheSlotForOthers() {
        Api.Reply cancelled = api.post(
                "/api/appointments/" + reference + "/cancel", map("reason", "SCHEDULE_CONFLICT"), TOKEN, token);

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.string("status")).isEqualTo("cancelled");
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("free");
        assertThat(api.post(
                                "/api/appointments",
                                booking(slots.get(0)).patientName("Ravi Iyer").build())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void cancellingInsideTheLateCancelWindowIsRefused() {
        clock.advance(Duration.ofHours(24)); // 09:00 on 4 June; the appointment is at 09:00 on 5 June

        Api.Reply reply = api.postEmpty("/api/appointments/" + reference + "/cancel", TOKEN, token);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/too-late-to-change");
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
    }

    @Test
    void reschedulingMovesToTheNewSlotFreesTheOldOneAndRotatesTheToken() {
        Api.Reply moved =
                api.post("/api/appointments/" + reference + "/reschedule", map("slotId", slots.get(3)), TOKEN, token);

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.string("start")).isEqualTo("2030-06-05T10:30:00+05:30");
        assertThat(moved.string("reference")).isEqualTo(reference);
        assertThat(moved.string("manageToken")).isNotEqualTo(token);
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("free");
        assertThat(fixtures.slotStatus(slots.get(3))).isEqualTo("busy");
        assertThat(api.get("/api/appointments/" + reference, TOKEN, moved.string("manageToken"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theOldTokenIsWorthlessAfterAReschedule() {
        api.post("/api/appointments/" + reference + "/reschedule", map("slotId", slots.get(3)), TOKEN, token);

        Api.Reply secondMove =
                api.post("/api/appointments/" + reference + "/reschedule", map("slotId", slots.get(5)), TOKEN, token);

        assertThat(secondMove.status()).isEqualTo(404);
        assertThat(api.postEmpty("/api/appointments/" + reference + "/cancel", TOKEN, token)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.slotStatus(slots.get(5))).isEqualTo("free");
    }

    @Test
    void concurrentReschedulesWithOneTokenLeaveOneActiveBookingAndFreeEveryOtherSlot() {
        List<Api.Reply> replies = Concurrently.run(
                6,
                n -> api.post(
                        "/api/appointments/" + reference + "/reschedule",
                        map("slotId", slots.get(n + 1)),
                        TOKEN,
                        token));

        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        String winner = replies.stream()
                .filter(r -> r.status() == 200)
                .findFirst()
                .orElseThrow()
                .string("start");
        long busy = slots.stream()
                .filter(id -> fixtures.slotStatus(id).equals("busy"))
                .count();
        assertThat(busy).isEqualTo(1);
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
        assertThat(winner).isNotEqualTo("2030-06-05T09:00:00+05:30");
    }

    @Test
    void aCancelledAppointmentCannotBeRescheduled() {
        api.postEmpty("/api/appointments/" + reference + "/cancel", TOKEN, token);

        Api.Reply reply =
                api.post("/api/appointments/" + reference + "/reschedule", map("slotId", slots.get(3)), TOKEN, token);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/appointment-not-active");
        assertThat(fixtures.slotStatus(slots.get(3))).isEqualTo("free");
    }

    @Test
    void reschedulingOntoATakenSlotChangesNothing() {
        api.post(
                "/api/appointments",
                booking(slots.get(3)).patientName("Ravi Iyer").build());

        Api.Reply reply =
                api.post("/api/appointments/" + reference + "/reschedule", map("slotId", slots.get(3)), TOKEN, token);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(api.get("/api/appointments/" + reference, TOKEN, token).string("start"))
                .isEqualTo("2030-06-05T09:00:00+05:30");
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
    }

    @Test
    void aPatientCanRescheduleIntoASlotTheyHold() {
        String holdId = api.postEmpty("/api/slots/" + slots.get(4) + "/hold").string("holdId");

        Api.Reply reply = api.post(
                "/api/appointments/" + reference + "/reschedule",
                map("slotId", slots.get(4), "holdId", holdId),
                TOKEN,
                token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(fixtures.slotStatus(slots.get(4))).isEqualTo("busy");
    }

    /** The problem document minus the echoed path, which differs by construction. */
    private static tools.jackson.databind.JsonNode withoutInstance(Api.Reply reply) {
        var copy = (tools.jackson.databind.node.ObjectNode) reply.body().deepCopy();
        copy.remove("instance");
        return copy;
    }
}
