package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.MongoBackend;
import io.spinecare.booking.system.Revisions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

/**
 * The hot paths stay O(1) in stored documents, on both stores. The embedded store's planner uses
 * an index only for a query on exactly the fields of a unique index, by equality or {@code $in}
 * (GOTCHAS): so a slot claim filters on the one unique field {@code revision}, and the relay reads
 * and changes documents by {@code _id} alone. On real MongoDB the query plans must name those
 * indexes, and the relay's safety-net sweep must read only pending documents through
 * {@code outbox-pending}; the embedded store scans for that sweep, which is why commits wake the
 * relay and the sweep runs only every few seconds.
 */
class HotPathIndexesTest extends IntegrationTest {

    @Test
    void aSlotClaimFiltersOnTheOneUniqueRevisionKey() {
        String slotId = fixtures.oneSlot();
        Bson claim = Revisions.sameRevision(slotId, 0).getQueryObject();

        assertThat(((Document) claim).keySet()).containsExactly(Revisions.FIELD);
        assertThat(uniqueSingleFieldIndexes("slots")).contains(Revisions.FIELD);
        assertThat(uniqueSingleFieldIndexes("appointments")).contains(Revisions.FIELD);
        if (MongoBackend.isReal()) {
            assertThat(planOf("slots", claim)).contains("IXSCAN").contains("\"indexName\": \"revision_1\"");
        } else {
            assertThat(mongo.getCollection("slots").find(claim).first().getString("_id"))
                    .isEqualTo(slotId);
        }
    }

    @Test
    void theRelayFindsPendingDocumentsThroughTheirOwnIndexAndTouchesThemById() {
        relay.pause(true);
        try {
            String booked = api.post(
                            "/api/appointments", booking(fixtures.oneSlot()).build())
                    .string("id");

            assertThat(mongo.getCollection("appointments")
                            .find(OutboxClaims.pending())
                            .map(d -> d.getString("_id")))
                    .containsExactly(booked);
            assertThat(indexNames("appointments")).contains(OutboxClaims.PENDING_INDEX);
            if (MongoBackend.isReal()) {
                assertThat(planOf("appointments", OutboxClaims.pending()))
                        .contains("IXSCAN")
                        .contains(OutboxClaims.PENDING_INDEX);
            }
        } finally {
            relay.pause(false);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    OutboxRelay relay;

    private List<String> uniqueSingleFieldIndexes(String collection) {
        List<String> fields = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            Document key = index.get("key", Document.class);
            if (Boolean.TRUE.equals(index.getBoolean("unique")) && key.size() == 1) {
                fields.add(key.keySet().iterator().next());
            }
        }
        return fields;
    }

    private List<String> indexNames(String collection) {
        List<String> names = new ArrayList<>();
        mongo.getCollection(collection).listIndexes().forEach(index -> names.add(index.getString("name")));
        return names;
    }

    private String planOf(String collection, Bson filter) {
        return mongo.getCollection(collection).find(filter).explain().toJson();
    }
}
