package io.spinecare.booking.slot;

import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Slot search for other features (the FHIR facade): the patients' search of free, bookable slots,
 * and every slot of a period whatever its status.
 */
@Service
public class OpenSlots {

    /** The longest period one search of slots in any status may cover. */
    public static final int MAX_DAYS = 31;

    private final SlotSearch search;
    private final SlotBooking booking;

    OpenSlots(SlotSearch search, SlotBooking booking) {
        this.search = search;
        this.booking = booking;
    }

    /** Free slots a patient could book now (minimum notice, horizon, specialist fit), as /api/slots finds them. */
    public List<SlotView> free(String specialistId, ConsultationType type, Instant from, Instant to) {
        return search.search(
                new SlotSearch.Criteria(specialistId, null, type, Optional.ofNullable(from), Optional.ofNullable(to)));
    }

    /** Every slot of the specialists starting on the clinic days from {@code fromDay} to {@code toDay}. */
    public List<SlotView> all(java.time.LocalDate fromDay, java.time.LocalDate toDay, List<String> specialistIds) {
        List<SlotView> slots = new java.util.ArrayList<>();
        for (var day = fromDay; !day.isAfter(toDay); day = day.plusDays(1)) {
            slots.addAll(booking.day(day, specialistIds));
        }
        return slots;
    }

    public static int maxResults() {
        return SlotSearch.MAX_RESULTS;
    }
}
