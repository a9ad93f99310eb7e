package io.spinecare.booking.slot;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotGenerationTest extends IntegrationTest {

    @Test
    void generatingTheSameRangeTwiceCreatesNothingTheSecondTime() {
        fixtures.specialist("dr-rao").create();
        desk.put("/api/desk/specialists/dr-rao/availability", Fixtures.weekdays("09:00", "13:00", null));
        var range = map("specialistId", "dr-rao", "from", "2030-06-03", "to", "2030-06-09");

        Api.Reply first = desk.post("/api/desk/slots/generate", range);
        Api.Reply second = desk.post("/api/desk/slots/generate", range);

        // 3 June: only slots after now (09:00) count; the clock stands at 09:00 so 09:00 itself is past.
        assertThat(first.body().path("created").asInt()).isEqualTo(7 + 4 * 8);
        assertThat(second.body().path("created").asInt()).isZero();
        assertThat(second.body().path("removed").asInt()).isZero();
        assertThat(mongo.getCollection("slots").countDocuments()).isEqualTo(39);
    }

    @Test
    void leaveAddedLaterRemovesFreeSlotsButNeverHeldOrBookedOnes() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        api.postEmpty("/api/slots/" + slots.get(0) + "/hold");
        api.post("/api/appointments", booking(slots.get(1)).build());
        desk.post(
                "/api/desk/specialists/dr-rao/exceptions",
                map("from", "2030-06-05", "to", "2030-06-05", "reason", "LEAVE"));

        Api.Reply regenerated = desk.post(
                "/api/desk/slots/generate", map("specialistId", "dr-rao", "from", "2030-06-05", "to", "2030-06-05"));

        assertThat(regenerated.body().path("removed").asInt()).isEqualTo(6);
        assertThat(regenerated.body().path("keptBusy").asInt()).isEqualTo(2);
        assertThat(fixtures.slotIds("dr-rao", Fixtures.CLINIC_DAY)).containsExactly(slots.get(0), slots.get(1));
    }

    @Test
    void newSlotsNeverOverlapABookedOneWhenTheSlotLengthChanges() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        api.post("/api/appointments", booking(slots.get(1)).build()); // 09:30-10:00
        var fortyFive = Fixtures.weekdays("09:00", "13:00", null);
        ((List<java.util.Map<String, Object>>) fortyFive.get("weekly")).forEach(w -> w.put("slotMinutes", 45));
        desk.put("/api/desk/specialists/dr-rao/availability", fortyFive);

        desk.post("/api/desk/slots/generate", map("specialistId", "dr-rao", "from", "2030-06-05", "to", "2030-06-05"));

        Api.Reply agenda = desk.get("/api/desk/agenda?date=2030-06-05&specialistId=dr-rao");
        List<String> times = agenda.body()
                .path("slots")
                .valueStream()
                .map(s -> s.path("start").asString().substring(11, 16) + "-"
                        + s.path("end").asString().substring(11, 16))
                .toList();
        assertThat(times).containsExactly("09:30-10:00", "10:30-11:15", "11:15-12:00", "12:00-12:45");
    }

    @Test
    void slotsInLondonKeepTheirLocalTimesAcrossBothDaylightSavingChanges() {
        clock.set(Instant.parse("2030-03-01T00:00:00Z"));
        fixtures.specialist("dr-hughes").create();
        desk.put(
                "/api/desk/specialists/dr-hughes/availability",
                map(
                        "zone",
                        "Europe/London",
                        "weekly",
                        List.of(
                                map("day", "FRIDAY", "start", "09:00", "end", "10:00", "slotMinutes", 30),
                                map("day", "MONDAY", "start", "09:00", "end", "10:00", "slotMinutes", 30))));

        // 2030: clocks go forward on Sunday 31 March and back on Sunday 27 October.
        desk.post(
                "/api/desk/slots/generate", map("specialistId", "dr-hughes", "from", "2030-03-29", "to", "2030-04-01"));
        desk.post(
                "/api/desk/slots/generate", map("specialistId", "dr-hughes", "from", "2030-10-25", "to", "2030-10-28"));

        assertThat(startsOf("dr-hughes", "2030-03-29")).containsExactly("2030-03-29T09:00:00Z", "2030-03-29T09:30:00Z");
        assertThat(startsOf("dr-hughes", "2030-04-01"))
                .containsExactly("2030-04-01T09:00:00+01:00", "2030-04-01T09:30:00+01:00");
        assertThat(startsOf("dr-hughes", "2030-10-25"))
                .containsExactly("2030-10-25T09:00:00+01:00", "2030-10-25T09:30:00+01:00");
        assertThat(startsOf("dr-hughes", "2030-10-28")).containsExactly("2030-10-28T09:00:00Z", "2030-10-28T09:30:00Z");
    }

    @Test
    void blockingAndReleasingASlotByTheDesk() {
        String slotId = fixtures.oneSlot();

        Api.Reply blocked = desk.post("/api/desk/slots/" + slotId + "/block", map("reason", "Theatre overrun"));
        Api.Reply hold = api.postEmpty("/api/slots/" + slotId + "/hold");
        Api.Reply released = desk.postEmpty("/api/desk/slots/" + slotId + "/release");

        assertThat(blocked.string("status")).isEqualTo("busy-unavailable");
        assertThat(hold.status()).isEqualTo(409);
        assertThat(released.string("status")).isEqualTo("free");
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(201);
    }

    @Test
    void aBookedSlotCannotBeBlockedOrReleasedByTheDesk() {
        String slotId = fixtures.oneSlot();
        api.post("/api/appointments", booking(slotId).build());

        assertThat(desk.postEmpty("/api/desk/slots/" + slotId + "/block").status())
                .isEqualTo(409);
        assertThat(desk.postEmpty("/api/desk/slots/" + slotId + "/release").status())
                .isEqualTo(409);
    }

    private List<String> startsOf(String specialistId, String londonDate) {
        // The agenda uses clinic (Kolkata) days; a London morning falls on the same calendar day there.
        Api.Reply agenda = desk.get("/api/desk/agenda?date=" + londonDate + "&specialistId=" + specialistId);
        return agenda.body()
                .path("slots")
                .valueStream()
                .map(s -> s.path("start").asString())
                .toList();
    }
}
