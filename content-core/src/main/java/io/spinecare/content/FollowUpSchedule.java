package io.spinecare.content;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The check-ups every patient has after a procedure, in order. At least one visit; ids unique; each
 * visit's window ends before the next one's begins, whatever the surgery date. Month lengths and leap
 * years move calendar windows by a day or two, so that is checked for every surgery day of a whole
 * leap-year cycle rather than for one example date.
 */
public record FollowUpSchedule(List<FollowUpVisit> visits) {

    private static final LocalDate CYCLE_START = LocalDate.of(2024, 1, 1);
    private static final int CYCLE_DAYS = 4 * 365 + 1;

    public FollowUpSchedule {
        visits = List.copyOf(visits);
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("at least one follow-up visit is required");
        }
        Set<String> ids = new HashSet<>();
        for (FollowUpVisit visit : visits) {
            if (!ids.add(visit.id())) {
                throw new IllegalArgumentException("visit '" + visit.id() + "' is listed twice");
            }
        }
        for (int i = 1; i < visits.size(); i++) {
            requireApart(visits.get(i - 1), visits.get(i));
        }
    }

    /** Each visit's window for a surgery on {@code surgery}, in order: what a planner books into. */
    public List<FollowUpWindow> windowsFrom(LocalDate surgery) {
        return visits.stream()
                .map(v -> new FollowUpWindow(v, v.earliest(surgery), v.targetDate(surgery), v.latest(surgery)))
                .toList();
    }

    private static void requireApart(FollowUpVisit previous, FollowUpVisit next) {
        for (int day = 0; day < CYCLE_DAYS; day++) {
            LocalDate surgery = CYCLE_START.plusDays(day);
            if (!previous.latest(surgery).isBefore(next.earliest(surgery))) {
                throw new IllegalArgumentException("visit '" + next.id() + "' must come after '" + previous.id()
                        + "' with no overlap of their windows (they overlap for a surgery on " + surgery + ")");
            }
        }
    }
}
