package io.spinecare.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldingSlotsTest extends IntegrationTest {

    @Test
    void holdingAFreeSlotMakesItBusyTentativeUntilTheHoldExpires() {
        String slotId = fixtures.oneSlot();

        Api.Reply hold = api.postEmpty("/api/slots/" + slotId + "/hold");

        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        assertThat(hold.string("slotId")).isEqualTo(slotId);
        assertThat(hold.string("holdId")).hasSizeGreaterThan(20);
        assertThat(hold.string("expiresAt")).isEqualTo("2030-06-03T09:10:00+05:30");
        assertThat(slotStatus(slotId)).isEqualTo("busy-tentative");
    }

    @Test
    void sixtyFourPatientsHoldingOneSlotAtOnceGetOneHoldAndSixtyThreeConflicts() {
        String slotId = fixtures.oneSlot();

        List<Api.Reply> replies = Concurrently.run(64, n -> api.postEmpty("/api/slots/" + slotId + "/hold"));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(63).allSatisfy(r -> assertThat(r.problemType())
                .isEqualTo("https://spinecare.io/problems/slot-taken"));
    }

    @Test
    void anExpiredHoldFreesTheSlotWithoutAnyJobRunning() {
        String slotId = fixtures.oneSlot();
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(201);
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(409);

        clock.advance(Duration.ofMinutes(10));

        assertThat(slotStatus(slotId)).isEqualTo("free");
        assertThat(api.postEmpty("/api/slots/" + slotId + "/hold").status()).isEqualTo(201);
    }

    @Test
    void holdingAnUnknownSlotIsNotFound() {
        Api.Reply reply = api.postEmpty("/api/slots/no-such-slot/hold");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/slot-not-found");
    }

    @Test
    void aSlotStartingSoonerThanTheMinimumNoticeCannotBeHeld() {
        String slotId = fixtures.oneSlot();
        clock.advance(Duration.ofDays(2).minusMinutes(30)); // 08:30 on the clinic day; the slot is at 09:00

        Api.Reply reply = api.postEmpty("/api/slots/" + slotId + "/hold");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/slot-not-bookable");
    }

    private String slotStatus(String slotId) {
        return desk.get("/api/desk/agenda?date=2030-06-05&specialistId=dr-rao")
                .body()
                .path("slots")
                .valueStream()
                .filter(s -> s.path("id").asString().equals(slotId))
                .findFirst()
                .orElseThrow()
                .path("status")
                .asString();
    }
}
