package io.spinecare.booking.waitlist;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.booking.outbox.EventStream;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Freed slots go to waiting patients as offers: held for them, accepted, declined or left to expire (ADR 0222). */
class WaitlistOffersTest extends IntegrationTest {

    @Autowired
    OfferTokens tokens;

    @Autowired
    WaitlistMatcher matcher;

    private List<String> slots;

    /*
     * Each test's patients are its own: a sweep still running when the previous test emptied the database may
     * leave an open offer behind, which must not count as one of these patients' offers.
     */
    private final String nonce = java.util.UUID.randomUUID().toString().substring(0, 8);

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

    @Test
    void aFreedSlotGoesToTheLongestWaitingEntryAndAcceptingBooksItByTheNormalRules() {
        String asha = join("asha@example.org", "sciatica");
        String ravi = join("ravi@example.org", "sciatica");

        release(slots.get(0));
        Document first = awaitOpenOffer(asha);
        assertThat(first.getString("slotId")).isEqualTo(slots.get(0));
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy-tentative");
        release(slots.get(1));
        assertThat(awaitOpenOffer(ravi).getString("slotId")).isEqualTo(slots.get(1)); // not the same slot

        Api.Reply accepted = accept(first.getString("_id"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.body().path("appointment").path("slotId").asString())
                .isEqualTo(slots.get(0));
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
        assertThat(entry(asha).getString("state")).isEqualTo("BOOKED");
        assertThat(offer(first.getString("_id")).getString("state")).isEqualTo("ACCEPTED");
        Api.Reply again = accept(first.getString("_id"));
        assertThat(again.body().path("appointment").path("id").asString())
                .isEqualTo(accepted.body().path("appointment").path("id").asString());
        assertThat(mongo.getCollection("appointments").countDocuments()).isOne();
    }

    @Test
    void decliningPassesTheSlotToTheNextEntryAndKeepsThePatientWaiting() {
        String asha = join("asha@example.org", "sciatica");
        String ravi = join("ravi@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");

        Api.Reply declined = api.postEmpty("/api/waitlist/offers/" + offerId + "/decline", tokenOf(offerId));

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.string("state")).isEqualTo("declined");
        assertThat(awaitOpenOffer(ravi).getString("slotId")).isEqualTo(slots.get(0));
        assertThat(entry(asha).getString("state")).isEqualTo("WAITING");
        Api.Reply twice = api.postEmpty("/api/waitlist/offers/" + offerId + "/decline", tokenOf(offerId));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).endsWith("/offer-closed");
        assertThat(accept(offerId).status()).isEqualTo(409);
    }

    @Test
    void anOfferLeftToExpirePassesToTheNextEntry() {
        String asha = join("asha@example.org", "sciatica");
        String ravi = join("ravi@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");

        clock.advance(Duration.ofMinutes(31)); // the configured 30 minutes pass; the sweep notices

        assertThat(awaitOpenOffer(ravi, Duration.ofSeconds(30)).getString("slotId"))
                .isEqualTo(slots.get(0));
        assertThat(offer(offerId).getString("state")).isEqualTo("EXPIRED");
        assertThat(accept(offerId).problemType()).endsWith("/offer-closed");
    }

    @Test
    void acceptingWhileOthersTryToBookTheSlotNeverDoubleBooks() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");
        Map<String, Object> direct = BookingBuilder.booking(slots.get(0)).build();

        List<Integer> statuses = Concurrently.run(
                24,
                i -> i % 2 == 0
                        ? accept(offerId).status()
                        : api.post("/api/appointments", direct).status());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(12);
        assertThat(mongo.getCollection("appointments")
                        .countDocuments(new Document("slotId", slots.get(0))
                                .append("status", new Document("$in", List.of("BOOKED", "PENDING")))))
                .isOne();
        assertThat(fixtures.slotStatus(slots.get(0))).isEqualTo("busy");
    }

    @Test
    void aPatientHasAtMostOneOpenOffer() {
        String first = join("asha@example.org", "sciatica");
        String second = join("ASHA@example.org", "herniated-disc");

        release(slots.get(0));
        release(slots.get(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> offersTo(first, second) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> offersTo(first, second) == 1);
    }

    @Test
    void anEntryLeavesTheListWhenItsPatientBooksOtherwise() {
        fixtures.specialist("dr-kapoor").create();
        String asha = joinWith("asha@example.org", "herniated-disc", "dr-kapoor");
        release(slots.get(0));
        assertThat(api.post(
                                "/api/appointments",
                                BookingBuilder.booking(slots.get(0))
                                        .setPatient("email", nonce + ".asha@example.org")
                                        .build())
                        .status())
                .isEqualTo(201);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> "BOOKED".equals(entry(asha).getString("state")));
    }

    @Test
    void aWrongOrMissingTokenAnswersLikeAnUnknownOfferAndChangesNothing() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");

        Api.Reply wrong = api.postEmpty("/api/waitlist/offers/" + offerId + "/accept", "X-Manage-Token", "t1.nope");
        Api.Reply missing = api.get("/api/waitlist/offers/" + offerId);
        Api.Reply unknown = api.get("/api/waitlist/offers/no-such-offer", tokenOf(offerId));

        for (Api.Reply reply : List.of(wrong, missing, unknown)) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.problemType()).endsWith("/offer-not-found");
        }
        assertThat(offer(offerId).getString("state")).isEqualTo("OPEN");
        Api.Reply view = api.get("/api/waitlist/offers/" + offerId, tokenOf(offerId));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().path("scansNeeded").isArray()).isTrue();
        assertThat(view.body().path("open").asBoolean()).isTrue();
    }

    @Test
    void leavingTheListDeclinesTheOfferAndStaffSeeTheHistory() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");

        assertThat(api.postEmpty("/api/waitlist/offers/" + offerId + "/leave", tokenOf(offerId))
                        .status())
                .isEqualTo(200);

        Api.Reply history = desk.get("/api/desk/waitlist/" + asha);
        assertThat(history.body().path("entry").path("state").asString()).isEqualTo("LEFT");
        assertThat(history.body().path("offers").get(0).path("state").asString())
                .isEqualTo("DECLINED");
        assertThat(history.text()).doesNotContain("holdId").doesNotContain("openKey");
        assertThat(desk.post("/api/desk/waitlist/" + asha + "/offer-now", map()).problemType())
                .endsWith("/no-slot-to-offer");
    }

    @Test
    void staffOfferAFreeSlotNow() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        Document first = awaitOpenOffer(asha);
        api.postEmpty("/api/waitlist/offers/" + first.getString("_id") + "/decline", tokenOf(first.getString("_id")));
        release(slots.get(1));
        String second = awaitOpenOffer(asha).getString("slotId");

        assertThat(second).isEqualTo(slots.get(1));
        assertThat(desk.get("/api/desk/waitlist/" + asha).body().path("offers")).hasSize(2);
    }

    @Test
    void everyOfferEventReachesKafkaAndValidatesAgainstItsSchema() throws Exception {
        String asha = join("asha@example.org", "sciatica");
        String ravi = join("ravi@example.org", "sciatica");
        List<EventStream.Received> received;
        try (EventStream stream = EventStream.fromNow()) {
            release(slots.get(0));
            String declined = awaitOpenOffer(asha).getString("_id");
            api.postEmpty("/api/waitlist/offers/" + declined + "/decline", tokenOf(declined));
            String expired = awaitOpenOffer(ravi).getString("_id");
            clock.advance(Duration.ofMinutes(31));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "EXPIRED".equals(offer(expired).getString("state")));
            release(slots.get(1));
            String accepted = awaitOpenOffer(asha).getString("_id");
            assertThat(accept(accepted).status()).isEqualTo(200);
            received = stream.awaitUntil(
                    r -> r.stream()
                                    .filter(e -> e.type().startsWith("io.spinecare.waitlist."))
                                    .map(e -> e.type())
                                    .distinct()
                                    .count()
                            == 4,
                    Duration.ofSeconds(30));
        }
        var schemas = com.networknt.schema.JsonSchemaFactory.getInstance(
                com.networknt.schema.SpecVersion.VersionFlag.V202012);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (EventStream.Received event : received) {
            if (event.type().startsWith("io.spinecare.waitlist.")) {
                var schema = schemas.getSchema(java.nio.file.Files.readString(
                        java.nio.file.Path.of("..", "docs", "events", "schemas", event.type() + ".json")));
                assertThat(schema.validate(json.readTree(event.body())))
                        .as(event.body())
                        .isEmpty();
                assertThat(event.body()).doesNotContainIgnoringCase("token");
            }
        }
    }

    private String join(String email, String conditionId) {
        return joinWith(email, conditionId, null);
    }

    private String joinWith(String email, String conditionId, String specialistId) {
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

    private void release(String slotId) {
        assertThat(desk.post("/api/desk/slots/" + slotId + "/release", map()).status())
                .isEqualTo(200);
    }

    private Api.Reply accept(String offerId) {
        return api.postEmpty("/api/waitlist/offers/" + offerId + "/accept", tokenOf(offerId));
    }

    private String[] tokenOf(String offerId) {
        return new String[] {"X-Manage-Token", tokens.tokenFor(offerId)};
    }

    private Document awaitOpenOffer(String entryId) {
        return awaitOpenOffer(entryId, Duration.ofSeconds(10));
    }

    private Document awaitOpenOffer(String entryId, Duration atMost) {
        Document[] found = {null};
        await().atMost(atMost).until(() -> {
            found[0] = mongo.getCollection("waitlist-offers")
                    .find(new Document("entryId", entryId).append("state", "OPEN"))
                    .first();
            return found[0] != null;
        });
        return found[0];
    }

    private long offersTo(String... entryIds) {
        return mongo.getCollection("waitlist-offers")
                .countDocuments(new Document("entryId", new Document("$in", List.of(entryIds))));
    }

    private Document offer(String id) {
        return mongo.getCollection("waitlist-offers")
                .find(new Document("_id", id))
                .first();
    }

    private Document entry(String id) {
        return mongo.getCollection("waitlist").find(new Document("_id", id)).first();
    }
}
