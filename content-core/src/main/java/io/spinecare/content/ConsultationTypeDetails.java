package io.spinecare.content;

/**
 * A consultation type as the clinic offers it. {@code imagingRequired} follows the imaging policy
 * in use (see ADR 0102): true when the policy may ask for scans before this type of visit.
 */
public record ConsultationTypeDetails(
        ConsultationType type, String name, String description, int durationMinutes, boolean imagingRequired) {}
