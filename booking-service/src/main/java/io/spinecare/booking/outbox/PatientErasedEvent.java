package io.spinecare.booking.outbox;

import java.time.OffsetDateTime;

/**
 * Body of {@code io.spinecare.patient.erased.v1}: one per erased appointment, keyed by its id so it
 * follows that appointment's earlier events. Every event of one erasure shares {@code erasureId}.
 * It names no person: consumers delete what they hold for the appointment id (ADR 0212).
 */
public record PatientErasedEvent(int schemaVersion, String erasureId, String appointmentId, OffsetDateTime erasedAt) {

    public static final int SCHEMA_VERSION = 1;
}
