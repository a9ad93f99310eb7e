package io.spinecare.booking.patient;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What reaches the service with X-Manage-Token: never its log, and no malformed token gets past a 404. */
@ExtendWith(OutputCaptureExtension.class)
class ManageTokenRequestsTest extends IntegrationTest {

    private static final String HEADER = "X-Manage-Token";

    @Test
    void requestsCarryingTheTokenNeverWriteItToTheLog(CapturedOutput output) {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post(
                "/api/appointments", booking(slots.get(0)).withRecentLumbarMri().build());
        String reference = booked.string("reference");
        String token = booked.string("manageToken");

        assertThat(api.get("/api/appointments/" + reference, HEADER, token).status())
                .isEqualTo(200);
        Api.Reply moved = api.post(
                "/api/appointments/" + reference + "/reschedule", Api.map("slotId", slots.get(1)), HEADER, token);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(api.postEmpty("/api/appointments/" + reference + "/cancel", HEADER, token)
                        .status())
                .as("the token of the old generation")
                .isEqualTo(404);
        assertThat(api.postEmpty("/api/appointments/" + reference + "/cancel", HEADER, moved.string("manageToken"))
                        .status())
                .isEqualTo(200);

        assertThat(output.getAll())
                .doesNotContain(token.substring(3))
                .doesNotContain(moved.string("manageToken").substring(3));
    }

    @Test
    void malformedTokensAndTokensOfUnknownKeysAnswerLikeAnUnknownReference() {
        String slot = fixtures.oneSlot();
        Api.Reply booked = api.post(
                "/api/appointments", booking(slot).withRecentLumbarMri().build());
        String reference = booked.string("reference");
        String mac = booked.string("manageToken").substring(3);

        for (String token : List.of("k9." + mac, mac, ".", "t1.", "t1..", "t1." + mac + "x", "x".repeat(4000))) {
            Api.Reply reply = api.get("/api/appointments/" + reference, HEADER, token);
            assertThat(reply.status()).as(token).isEqualTo(404);
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/appointment-not-found");
        }
    }
}
