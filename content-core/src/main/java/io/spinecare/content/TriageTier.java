package io.spinecare.content;

/**
 * How soon a patient must be seen, most urgent first. A booking takes the most urgent tier of the
 * red flags answered yes; with none, it is {@link #ROUTINE}.
 */
public enum TriageTier {
    /** Go to an emergency department now; no routine slot is kept. */
    EMERGENCY,
    /** A specialist reviews the booking within the clinic-set time; the appointment is flagged. */
    URGENT,
    /** An ordinary booking. */
    ROUTINE;

    /** The more urgent of the two. */
    public TriageTier mostUrgent(TriageTier other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
