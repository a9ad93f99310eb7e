package io.spinecare.content;

import java.time.Period;
import java.util.Objects;

/**
 * A scan a follow-up visit needs, e.g. an X-ray before a fusion check: taken no earlier than
 * {@code takenWithin} before the visit, so the surgeon sees the healing as it is. The region is the
 * operated one, which the surgery record names, so it is not part of the schedule.
 */
public record FollowUpImaging(Modality modality, Period takenWithin) {

    public FollowUpImaging {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(takenWithin, "takenWithin");
        if (takenWithin.isNegative() || takenWithin.isZero()) {
            throw new IllegalArgumentException("takenWithin must be positive, was " + takenWithin);
        }
    }
}
