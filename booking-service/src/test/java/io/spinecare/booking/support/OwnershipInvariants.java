package io.spinecare.booking.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Invariants 1 and 5 read straight from the stored documents of one specialist's slots: at most
 * one live appointment per slot; each live appointment's slot busy and owned by it (so no free
 * slot lies under a live appointment). Once repaired, also: every busy slot belongs to a live
 * appointment on it, and no reschedule is left half-way.
 */
public final class OwnershipInvariants {

    private OwnershipInvariants() {}

    public static void check(MongoTemplate mongo, String specialistId, boolean repaired) {
        Map<String, Document> slots = new HashMap<>();
        mongo.getCollection("slots")
                .find(new Document("specialistId", specialistId))
                .forEach(slot -> slots.put(slot.getString("_id"), slot));
        List<Document> appointments = new ArrayList<>();
        mongo.getCollection("appointments")
                .find(new Document("slotId", new Document("$in", new ArrayList<>(slots.keySet()))))
                .forEach(appointments::add);
        Map<String, String> liveOnSlot = new HashMap<>();
        for (Document appointment : appointments) {
            String status = appointment.getString("status");
            if (status.equals("CANCELLED") || status.equals("ENTERED_IN_ERROR")) {
                continue;
            }
            String id = appointment.getString("_id");
            String slotId = appointment.getString("slotId");
            assertThat(liveOnSlot.put(slotId, id))
                    .as("two live appointments on slot %s", slotId)
                    .isNull();
            Document slot = slots.get(slotId);
            assertThat(slot.getString("status"))
                    .as("status of slot %s under live appointment %s", slotId, id)
                    .isEqualTo("BUSY");
            assertThat(slot.getString("appointmentId"))
                    .as("owner of slot %s under live appointment %s", slotId, id)
                    .isEqualTo(id);
            if (repaired) {
                assertThat(appointment.get("pending"))
                        .as("reschedule left half-way on %s", id)
                        .isNull();
            }
        }
        if (repaired) {
            slots.values().stream()
                    .filter(slot -> "BUSY".equals(slot.getString("status")))
                    .forEach(slot -> assertThat(liveOnSlot.get(slot.getString("_id")))
                            .as("busy slot %s without its live appointment", slot.getString("_id"))
                            .isEqualTo(slot.getString("appointmentId")));
        }
    }
}
