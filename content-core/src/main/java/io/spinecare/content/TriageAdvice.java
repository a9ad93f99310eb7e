package io.spinecare.content;

/**
 * What a tier means for the patient: a short name, the advice shown when it applies, what happens
 * next, and for {@link TriageTier#URGENT} the default number of hours within which a specialist
 * reviews the booking (0 for the other tiers). Declared in {@code red-flags.yaml}.
 */
public record TriageAdvice(TriageTier tier, String name, String advice, String nextSteps, int reviewWithinHours) {}
