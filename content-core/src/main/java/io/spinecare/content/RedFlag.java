package io.spinecare.content;

/** A yes/no question shown to the patient; "yes" means urgent care rather than a routine slot. */
public record RedFlag(String id, String question, String why) {}
