package io.spinecare.booking.slot;

import java.time.Instant;
import org.springframework.data.mongodb.core.query.Update;

/** Everything a status change of a slot sets; fields left null are removed from the document. */
record SlotState(
        SlotStatus status,
        Slot.Hold hold,
        String appointmentId,
        String claimOp,
        Instant claimedAt,
        String blockedReason) {

    static SlotState claimed(String appointmentId, String op, Instant now) {
        return new SlotState(SlotStatus.BUSY, null, appointmentId, op, now, null);
    }

    static SlotState free() {
        return new SlotState(SlotStatus.FREE, null, null, null, null, null);
    }

    /** The update of slot {@code slotId}; a hold also sets the slot's key in the index of lapsing holds. */
    Update asUpdate(String slotId) {
        Update update = new Update().set("status", status);
        setOrUnset(update, "hold", hold);
        setOrUnset(update, HoldLapse.FIELD, hold == null ? null : HoldLapse.key(hold.expiresAt(), slotId));
        setOrUnset(update, "appointmentId", appointmentId);
        setOrUnset(update, "claimOp", claimOp);
        setOrUnset(update, "claimedAt", claimedAt);
        setOrUnset(update, "blockedReason", blockedReason);
        return update;
    }

    private static void setOrUnset(Update update, String field, Object value) {
        if (value == null) {
            update.unset(field);
        } else {
            update.set(field, value);
        }
    }
}
