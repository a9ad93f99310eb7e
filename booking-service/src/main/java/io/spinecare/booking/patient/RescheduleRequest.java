package io.spinecare.booking.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/appointments/{reference}/reschedule}: the new slot, optionally held first. */
record RescheduleRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Patterns.ID, message = Patterns.ID_MESSAGE) String slotId,
        @Size(max = 64) @Pattern(regexp = Patterns.TOKEN, message = Patterns.ID_MESSAGE) String holdId) {}
