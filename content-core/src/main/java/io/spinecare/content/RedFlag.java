package io.spinecare.content;

/**
 * A yes/no question shown to the patient before booking. A "yes" puts the booking in this flag's
 * {@link TriageTier}; {@code why} explains the question in plain words.
 */
public record RedFlag(String id, TriageTier tier, String question, String why) {}
