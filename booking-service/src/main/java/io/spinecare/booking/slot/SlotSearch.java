package io.spinecare.booking.slot;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Free slots matching a patient's needs ($find): the right specialist for the condition and
 * consultation type, long enough, inside [now + minimum notice, now + horizon].
 */
@Service
public class SlotSearch {

    static final int MAX_RESULTS = 500;

    private final SlotStore store;
    private final Specialists specialists;
    private final ClinicTime time;
    private final BookingProperties settings;
    private final Catalogue catalogue;

    SlotSearch(
            SlotStore store,
            Specialists specialists,
            ClinicTime time,
            BookingProperties settings,
            Catalogue catalogue) {
        this.store = store;
        this.specialists = specialists;
        this.time = time;
        this.settings = settings;
        this.catalogue = catalogue;
    }

    public record Criteria(
            String specialistId,
            String conditionId,
            ConsultationType consultationType,
            Optional<Instant> from,
            Optional<Instant> to) {}

    public List<SlotView> search(Criteria criteria) {
        Instant now = time.now();
        Instant earliest = now.plus(settings.minNotice());
        Instant latest = now.plus(settings.horizon());
        Instant from = max(criteria.from().orElse(earliest), earliest);
        Instant to = min(criteria.to().orElse(from.plus(Duration.ofDays(14))), latest);
        if (criteria.conditionId() != null
                && catalogue.condition(criteria.conditionId()).isEmpty()) {
            throw BookingFailure.unknownReference("conditionId", "The catalogue has no such condition.");
        }
        int minimumMinutes = criteria.consultationType() == null
                ? 0
                : catalogue.consultationType(criteria.consultationType()).durationMinutes();
        List<String> specialistIds = specialists.list(criteria.conditionId()).stream()
                .filter(s -> criteria.specialistId() == null || s.id().equals(criteria.specialistId()))
                .filter(s -> criteria.consultationType() == null || s.offers(criteria.consultationType()))
                .map(Specialist::id)
                .toList();
        if (specialistIds.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        return store.openBetween(specialistIds, from, to, MAX_RESULTS * 2).stream()
                .filter(slot -> slot.statusAt(now) == SlotStatus.FREE)
                .filter(slot -> slot.minutes() >= minimumMinutes)
                .limit(MAX_RESULTS)
                .map(slot -> SlotView.of(slot, now))
                .toList();
    }

    /**
     * Free slots of these specialists in [from, to), at least {@code minutes} long, beyond the patient's
     * horizon if asked: the candidates a follow-up series is planned from.
     */
    public List<SlotView> freeBetween(List<String> specialistIds, Instant from, Instant to, int minutes) {
        Instant now = time.now();
        Instant earliest = max(from, now.plus(settings.minNotice()));
        if (specialistIds.isEmpty() || !earliest.isBefore(to)) {
            return List.of();
        }
        return store.openBetween(specialistIds, earliest, to, MAX_RESULTS * 2).stream()
                .filter(slot -> slot.statusAt(now) == SlotStatus.FREE)
                .filter(slot -> slot.minutes() >= minutes)
                .map(slot -> SlotView.of(slot, now))
                .toList();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
