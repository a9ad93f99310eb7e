package io.spinecare.booking.waitlist;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the waitlist offer tests share: a full diary, so only what a test frees can be offered, patients of the test's
 * own, and the steps of joining, freeing a slot, waiting for an offer and answering it.
 */
abstract class OfferTest extends IntegrationTest {

    @Autowired
    OfferTokens tokens;

    @Autowired
    WaitlistMatcher matcher;

    protected List<String> slots;

    /*
     * Each test's patients are its own: a sweep still running when the previous test emptied the database may
     * leave an open offer behind, which must not count as one of these patients' offers.
     */
    protected final String nonce = java.util.UUID.randomUUID().toString().substring(0, 8);

    /** A full diary: every slot of the day blocked, so only what the test frees can be offered. */
    @BeforeEach
    void aFullDiary() {
        // Waits out a sweep still working on the previous test's entries, which could hold this test's new slots.
        matcher.sweep();
        slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        for (String slot : slots) {
            assertThat(desk.post("/api/desk/slots/" + slot + "/block", map()).status())
                    .isEqualTo(200);
        }
    }

    protected String join(String email, String conditionId) {
        return joinWith(email, conditionId, null);
    }

    protected String joinWith(String email, String conditionId, String specialistId) {
        clock.advance(Duration.ofMinutes(1)); // who joined first is who waited longest
        Map<String, Object> patient = map(
                "name",
                "Asha Verma",
                "email",
                nonce + "." + email,
                "phone",
                "+91 98765 43210",
                "dateOfBirth",
                "1978-04-12");
        Api.Reply joined = api.post(
                "/api/waitlist",
                map(
                        "conditionId",
                        conditionId,
                        "consultationType",
                        "NEW_CONSULTATION",
                        "specialistId",
                        specialistId,
                        "patient",
                        patient));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined.string("id");
    }

    protected void release(String slotId) {
        assertThat(desk.post("/api/desk/slots/" + slotId + "/release", map()).status())
                .isEqualTo(200);
    }

    protected Api.Reply accept(String offerId) {
        return api.postEmpty("/api/waitlist/offers/" + offerId + "/accept", tokenOf(offerId));
    }

    protected String[] tokenOf(String offerId) {
        return new String[] {"X-Manage-Token", tokens.tokenFor(offerId)};
    }

    protected Document awaitOpenOffer(String entryId) {
        return awaitOpenOffer(entryId, Duration.ofSeconds(10));
    }

    protected Document awaitOpenOffer(String entryId, Duration atMost) {
        Document[] found = {null};
        await().atMost(atMost).until(() -> {
            found[0] = mongo.getCollection("waitlist-offers")
                    .find(new Document("entryId", entryId).append("state", "OPEN"))
                    .first();
            return found[0] != null;
        });
        return found[0];
    }

    protected long offersTo(String... entryIds) {
        return mongo.getCollection("waitlist-offers")
                .countDocuments(new Document("entryId", new Document("$in", List.of(entryIds))));
    }

    protected Document offer(String id) {
        return mongo.getCollection("waitlist-offers")
                .find(new Document("_id", id))
                .first();
    }

    protected Document entry(String id) {
        return mongo.getCollection("waitlist").find(new Document("_id", id)).first();
    }
}
