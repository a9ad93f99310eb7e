package io.spinecare.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.specialist.Availability;
import io.spinecare.booking.specialist.AvailabilityException;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.specialist.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotPlannerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void aMorningWindowStartsAtNineLocalOnBothSidesOfTheSpringChange() {
        // Clocks in London go forward on Sunday 29 March 2026 at 01:00 GMT.
        Availability everyDay = availability(LONDON, window("09:00", "12:00", 30, 0, DayOfWeek.values()));

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(everyDay, LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30));

        assertThat(localTimesOn(slots, LocalDate.of(2026, 3, 28), LONDON))
                .containsExactly("09:00Z", "09:30Z", "10:00Z", "10:30Z", "11:00Z", "11:30Z");
        assertThat(localTimesOn(slots, LocalDate.of(2026, 3, 30), LONDON))
                .containsExactly(
                        "09:00+01:00", "09:30+01:00", "10:00+01:00", "10:30+01:00", "11:00+01:00", "11:30+01:00");
        assertThat(slots.get(0).start()).hasToString("2026-03-28T09:00:00Z");
        assertThat(slots.get(slots.size() - 6).start()).hasToString("2026-03-30T08:00:00Z");
    }

    @Test
    void aMorningWindowStartsAtNineLocalOnBothSidesOfTheAutumnChange() {
        // Clocks in London go back on Sunday 25 October 2026 at 02:00 BST.
        Availability everyDay = availability(LONDON, window("09:00", "10:00", 30, 0, DayOfWeek.values()));

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(everyDay, LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 26));

        assertThat(slots)
                .extracting(s -> s.start().atZone(LONDON).toOffsetDateTime().toString())
                .containsExactly(
                        "2026-10-24T09:00+01:00", "2026-10-24T09:30+01:00",
                        "2026-10-25T09:00Z", "2026-10-25T09:30Z",
                        "2026-10-26T09:00Z", "2026-10-26T09:30Z");
    }

    @Test
    void aNightWindowAcrossTheSpringGapHasNoSlotsAtLocalTimesThatDoNotExist() {
        Availability sundayNight = availability(LONDON, window("00:30", "03:00", 30, 0, DayOfWeek.SUNDAY));

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(sundayNight, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));

        // 00:30-03:00 local is only 1.5 real hours that night; 01:00-01:59 local never happens.
        assertThat(localTimesOn(slots, LocalDate.of(2026, 3, 29), LONDON))
                .containsExactly("00:30Z", "02:00+01:00", "02:30+01:00");
    }

    @Test
    void aNightWindowAcrossTheAutumnOverlapCoversBothOneOClockHours() {
        Availability sundayNight = availability(LONDON, window("00:30", "03:00", 30, 0, DayOfWeek.SUNDAY));

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(sundayNight, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25));

        // 00:30-03:00 local is 3.5 real hours that night: 01:00-01:59 happens twice.
        assertThat(localTimesOn(slots, LocalDate.of(2026, 10, 25), LONDON))
                .containsExactly("00:30+01:00", "01:00+01:00", "01:30+01:00", "01:00Z", "01:30Z", "02:00Z", "02:30Z");
        assertThat(slots)
                .allSatisfy(s -> assertThat(s.end()).isEqualTo(s.start().plusSeconds(1800)));
    }

    @Test
    void buffersSeparateConsecutiveSlots() {
        Availability withBuffer = availability(KOLKATA, window("09:00", "11:00", 30, 10, DayOfWeek.WEDNESDAY));

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(withBuffer, LocalDate.of(2030, 6, 5), LocalDate.of(2030, 6, 5));

        assertThat(localTimesOn(slots, LocalDate.of(2030, 6, 5), KOLKATA))
                .containsExactly("09:00+05:30", "09:40+05:30", "10:20+05:30");
    }

    @Test
    void leaveRemovesWholeDaysAndPartialExceptionsRemoveOverlappingSlots() {
        List<AvailabilityException> exceptions = List.of(
                new AvailabilityException(
                        "leave",
                        LocalDate.of(2030, 6, 4),
                        LocalDate.of(2030, 6, 4),
                        null,
                        null,
                        AvailabilityException.Reason.LEAVE,
                        null),
                new AvailabilityException(
                        "meeting",
                        LocalDate.of(2030, 6, 5),
                        LocalDate.of(2030, 6, 5),
                        LocalTime.of(9, 45),
                        LocalTime.of(10, 15),
                        AvailabilityException.Reason.OTHER,
                        null));
        Availability availability = new Availability(
                KOLKATA.getId(), window("09:00", "11:00", 30, 0, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), exceptions);

        List<SlotPlanner.PlannedSlot> slots =
                SlotPlanner.plan(availability, LocalDate.of(2030, 6, 4), LocalDate.of(2030, 6, 5));

        assertThat(localTimesOn(slots, LocalDate.of(2030, 6, 4), KOLKATA)).isEmpty();
        assertThat(localTimesOn(slots, LocalDate.of(2030, 6, 5), KOLKATA))
                .containsExactly("09:00+05:30", "10:30+05:30");
    }

    private static List<String> localTimesOn(List<SlotPlanner.PlannedSlot> slots, LocalDate date, ZoneId zone) {
        return slots.stream()
                .map(s -> s.start().atZone(zone))
                .filter(z -> z.toLocalDate().equals(date))
                .map(z -> z.toOffsetDateTime().toOffsetTime().toString())
                .toList();
    }

    private static Availability availability(ZoneId zone, List<WeeklyWindow> windows) {
        return new Availability(zone.getId(), windows, List.of());
    }

    private static List<WeeklyWindow> window(String start, String end, int minutes, int buffer, DayOfWeek... days) {
        return Arrays.stream(days)
                .map(day -> new WeeklyWindow(
                        day, LocalTime.parse(start), LocalTime.parse(end), minutes, buffer, ConsultationMode.IN_PERSON))
                .toList();
    }
}
