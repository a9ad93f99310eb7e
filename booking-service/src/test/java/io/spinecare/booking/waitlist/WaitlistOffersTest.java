package io.spinecare.booking.waitlist;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.booking.outbox.EventStream;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Freed slots go to waiting patients as offers: held for them, accepted, declined or left to expire (ADR 0222). */
class WaitlistOffersTest extends OfferTest {

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
        // The lapsed-hold sweep may free the slot (and so reach Ravi) before the offer sweep marks Asha's offer.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(offer(offerId).getString("state")).isEqualTo("EXPIRED"));
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
    void staffOfferAFreeSlotNowAndTheAuditRecordsItWithoutPersonalData() {
        Api.Reply[] offered = {null};
        String[] asha = {null};
        // The sweep would offer the freed slot by itself; held off, so the desk's action is what offers it.
        matcher.whileIdle(() -> {
            asha[0] = join("asha@example.org", "sciatica");
            release(slots.get(0));
            offered[0] = desk.post("/api/desk/waitlist/" + asha[0] + "/offer-now", map());
        });

        assertThat(offered[0].status()).as(offered[0].toString()).isEqualTo(200);
        assertThat(offered[0].body().path("offers")).hasSize(1);
        assertThat(offered[0].body().path("offers").get(0).path("slotId").asString())
                .isEqualTo(slots.get(0));
        assertThat(offered[0].body().path("entry").path("state").asString()).isEqualTo("WAITING");
        Api.Reply audit = desk.get("/api/desk/audit?action=waitlist.offer-now&targetId=" + asha[0]);
        assertThat(audit.body().path("items")).hasSize(1);
        assertThat(audit.body()
                        .path("items")
                        .get(0)
                        .path("after")
                        .path("slotId")
                        .asString())
                .isEqualTo(slots.get(0));
        assertThat(audit.text()).doesNotContain("Asha", "asha@example.org", "98765");
        Api.Reply again = desk.post("/api/desk/waitlist/" + asha[0] + "/offer-now", map());
        assertThat(again.problemType()).endsWith("/no-slot-to-offer"); // one open offer per patient
        assertThat(desk.get("/api/desk/audit?action=waitlist.offer-now&targetId=" + asha[0])
                        .body()
                        .path("items"))
                .hasSize(1);
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
}
