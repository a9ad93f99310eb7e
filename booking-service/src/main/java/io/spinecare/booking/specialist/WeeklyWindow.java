package io.spinecare.booking.specialist;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A recurring block of consulting time in wall-clock terms ("Mondays 09:00-13:00"), cut into
 * slots of {@code slotMinutes} with {@code bufferMinutes} between them.
 */
public record WeeklyWindow(
        DayOfWeek day, LocalTime start, LocalTime end, int slotMinutes, int bufferMinutes, ConsultationMode mode) {}
