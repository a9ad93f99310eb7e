package io.spinecare.booking;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Limits inside booking-service (ADR 0221): active holds per client, and one waitlist entry per same request. */
class AbuseLimitsTest extends IntegrationTest {

    private static final String CLIENT = "203.0.113.7";

    @Test
    void aClientMayHoldFiveSlotsAtOnceAndTheSixthIsARateLimitProblemWithRetryAfter() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        for (String slot : slots.subList(0, 5)) {
            assertThat(holdAs(CLIENT, slot).status()).isEqualTo(201);
        }

        Api.Reply sixth = holdAs(CLIENT, slots.get(5));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.problemType()).isEqualTo("https://spinecare.io/problems/rate-limited");
        assertThat(sixth.headers().getFirst("Retry-After")).isEqualTo("600");
        assertThat(fixtures.slotStatus(slots.get(5))).isEqualTo("free");
        assertThat(holdAs("198.51.100.4", slots.get(5)).status())
                .as("another client")
                .isEqualTo(201);
    }

    @Test
    void theCapIsCountedPerForwardedClientAndItsHoldsCountAgainUntilTheyExpire() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        // A forged left-most entry is ignored: the gateway's entry on the right names the client.
        for (String slot : slots.subList(0, 5)) {
            assertThat(holdAs("10.0.0.9, " + CLIENT + ", 10.1.2.3", slot).status())
                    .isEqualTo(201);
        }
        assertThat(holdAs("1.2.3.4, " + CLIENT, slots.get(5)).status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(10));

        assertThat(holdAs(CLIENT, slots.get(5)).status()).isEqualTo(201);
    }

    @Test
    void joiningTheWaitlistTwiceWithTheSameRequestKeepsOneEntryAndAnswersWithIt() {
        Map<String, Object> request = waitlist("asha@example.org");
        List<Api.Reply> replies = Concurrently.run(
                8, i -> api.post("/api/waitlist", i % 2 == 0 ? request : waitlist("ASHA@Example.org")));

        Set<String> ids = replies.stream().map(reply -> reply.string("id")).collect(Collectors.toSet());
        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(201));
        assertThat(ids).hasSize(1);
        assertThat(mongo.getCollection("waitlist").countDocuments()).isOne();

        Api.Reply otherWindow = api.post("/api/waitlist", with(request, "latest", "2030-07-31"));
        assertThat(otherWindow.status()).isEqualTo(201);
        assertThat(otherWindow.string("id")).isNotIn(ids);
        assertThat(desk.get("/api/desk/waitlist").text()).doesNotContain("sameRequestKey");
    }

    private Api.Reply holdAs(String forwardedFor, String slotId) {
        return api.postEmpty("/api/slots/" + slotId + "/hold", "X-Forwarded-For", forwardedFor);
    }

    private static Map<String, Object> waitlist(String email) {
        return map(
                "conditionId",
                "sciatica",
                "consultationType",
                "NEW_CONSULTATION",
                "earliest",
                "2030-06-10",
                "patient",
                map("name", "Asha Verma", "email", email, "phone", "+91 98765 43210"));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
