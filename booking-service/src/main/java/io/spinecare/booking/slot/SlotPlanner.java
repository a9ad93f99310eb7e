package io.spinecare.booking.slot;

import io.spinecare.booking.specialist.Availability;
import io.spinecare.booking.specialist.AvailabilityException;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.specialist.WeeklyWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns wall-clock availability into slot instants, correctly across daylight-saving changes.
 * A window is resolved to real instants first (start at the earlier offset, end at the later one,
 * a start inside a spring-forward gap moves to the end of the gap), then cut into slots of real
 * elapsed time. So a 09:00-12:00 window always starts at 09:00 local, and a window spanning a
 * change gets the slots the specialist is really there for (ADR 0201).
 */
final class SlotPlanner {

    record PlannedSlot(Instant start, Instant end, ConsultationMode mode) {}

    private SlotPlanner() {}

    static List<PlannedSlot> plan(Availability availability, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.of(availability.zone());
        List<PlannedSlot> planned = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (WeeklyWindow window : availability.weekly()) {
                if (window.day() == date.getDayOfWeek()) {
                    planWindow(date, window, zone, availability.exceptions(), planned);
                }
            }
        }
        planned.sort(java.util.Comparator.comparing(PlannedSlot::start));
        return planned;
    }

    private static void planWindow(
            LocalDate date,
            WeeklyWindow window,
            ZoneId zone,
            List<AvailabilityException> exceptions,
            List<PlannedSlot> planned) {
        Instant windowStart = ZonedDateTime.ofLocal(LocalDateTime.of(date, window.start()), zone, null)
                .withEarlierOffsetAtOverlap()
                .toInstant();
        Instant windowEnd = ZonedDateTime.ofLocal(LocalDateTime.of(date, window.end()), zone, null)
                .withLaterOffsetAtOverlap()
                .toInstant();
        Duration length = Duration.ofMinutes(window.slotMinutes());
        Duration step = length.plusMinutes(window.bufferMinutes());
        for (Instant start = windowStart; !start.plus(length).isAfter(windowEnd); start = start.plus(step)) {
            Instant end = start.plus(length);
            if (!excluded(start, end, zone, exceptions)) {
                planned.add(new PlannedSlot(start, end, window.mode()));
            }
        }
    }

    private static boolean excluded(Instant start, Instant end, ZoneId zone, List<AvailabilityException> exceptions) {
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (AvailabilityException exception : exceptions) {
            if (!exception.covers(date)) {
                continue;
            }
            if (exception.wholeDays()) {
                return true;
            }
            Instant offFrom = date.atTime(exception.start()).atZone(zone).toInstant();
            Instant offTo = date.atTime(exception.end()).atZone(zone).toInstant();
            if (start.isBefore(offTo) && end.isAfter(offFrom)) {
                return true;
            }
        }
        return false;
    }
}
