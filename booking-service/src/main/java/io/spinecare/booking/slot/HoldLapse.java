package io.spinecare.booking.slot;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * The key under which a held slot waits for its hold to lapse: {@code <expiry in epoch millis, 15 digits>/<slot id>}
 * in the slot's sparse, unique field {@code holdLapse}, set and removed with the hold in the same write. The embedded
 * store serves no range query from an index, but it serves a regular expression on one uniquely indexed field by
 * matching the index's keys in memory (stack notes): the keys of held slots only, since the index is sparse, and it
 * reads just the documents that match. So "lapsed by now" is a pattern of the keys whose expiry is at most now.
 */
final class HoldLapse {

    static final String FIELD = "holdLapse";

    private static final int WIDTH = 15;

    private HoldLapse() {}

    static String key(Instant expiresAt, String slotId) {
        return digits(expiresAt) + "/" + slotId;
    }

    /** Matches exactly the keys whose expiry is at or before {@code now} (both after 1970): a smaller digit, or the same. */
    static String lapsedBy(Instant now) {
        String bound = digits(now);
        StringJoiner smaller = new StringJoiner("|", "^(?:", ")/");
        for (int i = 0; i < WIDTH; i++) {
            char digit = bound.charAt(i);
            if (digit > '0') {
                smaller.add(bound.substring(0, i) + "[0-" + (char) (digit - 1) + "]" + "\\d{" + (WIDTH - i - 1) + "}");
            }
        }
        return smaller.add(bound).toString();
    }

    private static String digits(Instant instant) {
        return String.format("%0" + WIDTH + "d", instant.toEpochMilli());
    }
}
