package io.spinecare.booking.slot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * {@code spinecare.slots.utilisation}: the share of a specialist's bookable slots that are booked, for each of the
 * next seven clinic days, tagged {@code specialist} and {@code day} (0 = today in the clinic's zone, up to 6). The
 * day is an offset, never a date, so there are at most specialists × 7 series. Blocked slots are no capacity and
 * count in neither part; a held slot is not booked yet. A day without bookable slots has no value. Refreshed
 * periodically from the slots of the coming week only (SlotStore#onUtcDates).
 */
@Component
class SlotUtilisation {

    static final int DAYS = 7;
    private static final DateTimeFormatter ID_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final SlotStore store;
    private final ClinicTime time;
    private final MultiGauge gauge;

    SlotUtilisation(SlotStore store, ClinicTime time, MeterRegistry meters) {
        this.store = store;
        this.time = time;
        this.gauge = MultiGauge.builder("spinecare.slots.utilisation")
                .description("Booked share of a specialist's bookable slots on a day, 0 = today")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${spinecare.booking.utilisation.every:30s}")
    void refresh() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        measure()
                .forEach((key, day) -> rows.add(MultiGauge.Row.of(
                        Tags.of("specialist", key.specialistId(), "day", Integer.toString(key.offset())),
                        day.share())));
        gauge.register(rows, true);
    }

    /** The week's booked and bookable slots per specialist and day; days without bookable slots left out. */
    Map<Key, Day> measure() {
        LocalDate today = time.today();
        Instant from = time.startOf(today);
        Instant to = time.startOf(today.plusDays(DAYS));
        Map<Key, Day> days = new TreeMap<>();
        for (Slot slot : store.onUtcDates(utcDatesBetween(from, to))) {
            if (slot.start().isBefore(from)
                    || !slot.start().isBefore(to)
                    || slot.status() == SlotStatus.BUSY_UNAVAILABLE) {
                continue;
            }
            int offset = (int) ChronoUnit.DAYS.between(today, time.dateOf(slot.start()));
            days.merge(new Key(slot.specialistId(), offset), Day.of(slot), Day::plus);
        }
        return days;
    }

    /** The UTC dates slot ids carry for starts in [from, to). */
    private static List<String> utcDatesBetween(Instant from, Instant to) {
        TreeSet<String> dates = new TreeSet<>();
        for (Instant at = from; at.isBefore(to); at = at.plus(1, ChronoUnit.HOURS)) {
            dates.add(ID_DATE.format(at));
        }
        return List.copyOf(dates);
    }

    record Key(String specialistId, int offset) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int bySpecialist = specialistId.compareTo(other.specialistId);
            return bySpecialist != 0 ? bySpecialist : Integer.compare(offset, other.offset);
        }
    }

    record Day(int booked, int bookable) {
        static Day of(Slot slot) {
            return new Day(slot.status() == SlotStatus.BUSY ? 1 : 0, 1);
        }

        Day plus(Day other) {
            return new Day(booked + other.booked, bookable + other.bookable);
        }

        double share() {
            return (double) booked / bookable;
        }
    }
}
