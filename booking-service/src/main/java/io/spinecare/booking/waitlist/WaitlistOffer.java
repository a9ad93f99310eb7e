package io.spinecare.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.spinecare.booking.outbox.OutboxEntry;
import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One slot offered to one waitlist entry, held for it under {@code holdId} until {@code expiresAt}. Two unique keys
 * make the rules hold under races between instances: {@code openKey} (the patient's, set only while open) allows
 * one open offer per patient, {@code pairKey} offers a slot to an entry only once. Its events ride in its outbox.
 */
@Document("waitlist-offers")
record WaitlistOffer(
        @Id String id,
        String entryId,
        String slotId,
        @JsonIgnore String holdId,
        String specialistId,
        Instant start,
        Instant end,
        String zone,
        String location,
        String mode,
        ConsultationType consultationType,
        String conditionId,
        Instant offeredAt,
        Instant expiresAt,
        OfferState state,
        Instant closedAt,
        String appointmentId,
        @JsonIgnore String openKey,
        @JsonIgnore String pairKey,
        @JsonIgnore List<OutboxEntry> outbox) {

    static String pairKey(String entryId, String slotId) {
        return entryId + "/" + slotId;
    }

    /** Open and not yet past its time: the only state in which it may be accepted or declined. */
    boolean openAt(Instant now) {
        return state == OfferState.OPEN && expiresAt.isAfter(now);
    }
}
