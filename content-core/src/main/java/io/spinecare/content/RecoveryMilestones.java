package io.spinecare.content;

/** Typical recovery after a procedure, as plain-language ranges such as "same day" or "2–6 weeks". */
public record RecoveryMilestones(String walking, String lightActivity, String deskWork, String fullRecovery) {}
