package io.spinecare.booking.slot;

import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Makes the stored slots of a date range match a specialist's availability. Idempotent: slot ids
 * are derived from specialist and start, so a second run creates nothing. Held, booked and
 * blocked slots are never touched, and no new slot may overlap one of them; free slots that no
 * longer fit the availability (leave added later) are removed.
 */
@Service
public class SlotGeneration {

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

    private final SlotStore store;
    private final Specialists specialists;
    private final ClinicTime time;
    private final BookingProperties settings;
    private final org.springframework.context.ApplicationEventPublisher freed;
    private final HoldExpiries expiries;

    SlotGeneration(
            SlotStore store,
            Specialists specialists,
            ClinicTime time,
            BookingProperties settings,
            org.springframework.context.ApplicationEventPublisher freed,
            HoldExpiries expiries) {
        this.store = store;
        this.specialists = specialists;
        this.time = time;
        this.settings = settings;
        this.freed = freed;
        this.expiries = expiries;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "SlotGenerationResult")
    public record Result(String specialistId, LocalDate from, LocalDate to, int created, int removed, int keptBusy) {}

    public Result generate(String specialistId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)
                || ChronoUnit.DAYS.between(from, to) >= settings.slots().maxGenerationDays()) {
            throw BookingFailure.refused(
                    "invalid-date-range",
                    "The date range is not acceptable",
                    "'to' must not be before 'from', and the range is at most "
                            + settings.slots().maxGenerationDays() + " days.");
        }
        Specialist specialist = specialists.get(specialistId);
        ZoneId zone = ZoneId.of(specialist.availability().zone());
        Instant rangeStart = from.atStartOfDay(zone).toInstant();
        Instant rangeEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = time.now();

        Map<String, Slot> existing =
                new java.util.HashMap<>(store.between(List.of(specialistId), rangeStart, rangeEnd).stream()
                        .collect(Collectors.toMap(Slot::id, Function.identity())));
        Map<String, SlotPlanner.PlannedSlot> plan = SlotPlanner.plan(specialist.availability(), from, to).stream()
                .filter(planned -> planned.start().isAfter(now))
                .collect(Collectors.toMap(p -> slotId(specialistId, p.start()), Function.identity()));

        // Free slots that the availability no longer has (or has with another length) go first.
        int removed = 0;
        List<Slot> occupied = new ArrayList<>();
        for (Slot slot : List.copyOf(existing.values())) {
            SlotPlanner.PlannedSlot planned = plan.get(slot.id());
            boolean fits = planned != null && planned.end().equals(slot.end()) && planned.mode() == slot.mode();
            if (slot.statusAt(now) != SlotStatus.FREE) {
                occupied.add(slot);
            } else if (!fits && store.deleteIfUnchanged(slot)) {
                expiries.countIfLapsed(slot, now); // a lapsed hold goes with its slot
                existing.remove(slot.id());
                removed++;
            } else if (!fits) {
                occupied.add(slot); // changed under us (held a moment ago): leave it be
            }
        }
        List<Slot> toCreate = new ArrayList<>();
        plan.forEach((id, planned) -> {
            boolean overlapsOccupied = occupied.stream()
                    .anyMatch(o -> o.start().isBefore(planned.end()) && o.end().isAfter(planned.start()));
            if (!existing.containsKey(id) && !overlapsOccupied) {
                toCreate.add(newSlot(id, specialist, planned, zone));
            }
        });
        int created = store.insertMissing(toCreate);
        if (created > 0) {
            freed.publishEvent(new SlotsFreed(toCreate.stream().map(Slot::id).toList()));
        }
        return new Result(specialistId, from, to, created, removed, occupied.size());
    }

    static String slotId(String specialistId, Instant start) {
        return specialistId + "-" + ID_TIME.format(start);
    }

    private static Slot newSlot(String id, Specialist specialist, SlotPlanner.PlannedSlot planned, ZoneId zone) {
        return new Slot(
                id,
                io.spinecare.booking.system.Revisions.of(id, 0),
                0,
                specialist.id(),
                planned.start(),
                planned.end(),
                zone.getId(),
                planned.mode(),
                specialist.location(),
                SlotStatus.FREE,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }
}
