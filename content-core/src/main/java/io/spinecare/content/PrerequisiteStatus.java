package io.spinecare.content;

/** Outcome of checking one imaging requirement against the scans a patient already has. */
public enum PrerequisiteStatus {
    MET,
    MISSING,
    TOO_OLD,
    ALTERNATIVE_ACCEPTED
}
