package io.spinecare.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The follow-up schedules of the bundled catalogue, and the rules every schedule obeys. */
class FollowUpScheduleTest {

    private static final LocalDate SURGERY = LocalDate.of(2027, 1, 31);
    private final Catalogue catalogue = Catalogue.loadDefault();

    @Test
    void everyProcedureHasASchedule() {
        assertThat(catalogue.procedures())
                .hasSize(7)
                .allSatisfy(p -> assertThat(p.followUps().visits()).isNotEmpty());
    }

    @Test
    void aMicrodiscectomyHasAWoundCheckAtTwoWeeksAndReviewsAtSixWeeksAndThreeMonths() {
        List<FollowUpWindow> windows = schedule("microdiscectomy").windowsFrom(SURGERY);

        assertThat(windows)
                .extracting(w -> w.visit().id())
                .containsExactly("wound-check", "review-6-weeks", "review-3-months");
        assertThat(windows)
                .extracting(FollowUpWindow::target)
                .containsExactly(LocalDate.of(2027, 2, 14), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 4, 30));
        assertThat(windows).allSatisfy(w -> assertThat(w.visit().imaging()).isEmpty());
    }

    @Test
    void aFusionAddsChecksAtSixAndTwelveMonthsEachWithAnXrayFirst() {
        FollowUpSchedule fusion = schedule("spinal-fusion");

        assertThat(fusion.visits())
                .extracting(FollowUpVisit::target)
                .containsExactly(
                        Period.ofWeeks(2),
                        Period.ofWeeks(6),
                        Period.ofMonths(3),
                        Period.ofMonths(6),
                        Period.ofMonths(12));
        assertThat(fusion.visits().get(0).imaging())
                .as("the wound check needs no scan")
                .isEmpty();
        assertThat(fusion.visits().subList(1, 5)).allSatisfy(visit -> assertThat(visit.imaging())
                .extracting(FollowUpImaging::modality)
                .containsExactly(Modality.XRAY));
    }

    @Test
    void everyBundledWindowHoldsItsTargetAndStartsAfterTheSurgery() {
        for (Procedure procedure : catalogue.procedures()) {
            for (FollowUpWindow w : procedure.followUps().windowsFrom(SURGERY)) {
                assertThat(w.earliest())
                        .as(procedure.id() + " " + w.visit().id())
                        .isAfter(SURGERY);
                assertThat(w.target()).isBetween(w.earliest(), w.latest());
            }
        }
    }

    @Test
    void windowsFollowEachOtherWithoutOverlapForAnySurgeryDay() {
        for (Procedure procedure : catalogue.procedures()) {
            for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
                List<FollowUpWindow> windows = procedure.followUps().windowsFrom(day);
                for (int i = 1; i < windows.size(); i++) {
                    assertThat(windows.get(i - 1).latest())
                            .isBefore(windows.get(i).earliest());
                }
            }
        }
    }

    @Test
    void overlappingWindowsAreRefusedWhateverTheOrderInWhichTheyAreListed() {
        FollowUpVisit sixWeeks = visit("review-6-weeks", Period.ofWeeks(6), Period.ofWeeks(1));
        FollowUpVisit twoMonths = visit("review-2-months", Period.ofMonths(2), Period.ofWeeks(2));
        FollowUpVisit threeMonths = visit("review-3-months", Period.ofMonths(3), Period.ofWeeks(2));

        assertThatThrownBy(() -> new FollowUpSchedule(List.of(sixWeeks, twoMonths)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'review-2-months' must come after 'review-6-weeks'");
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(threeMonths, sixWeeks)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'review-6-weeks' must come after 'review-3-months'");
        assertThat(new FollowUpSchedule(List.of(sixWeeks, threeMonths)).visits())
                .hasSize(2);
    }

    /** 4 weeks + 1 day against 1 month: apart for a surgery on 1 January, overlapping for one on 31 January. */
    @Test
    void windowsThatOverlapOnlyAfterAShortMonthAreRefused() {
        FollowUpVisit fourWeeks =
                new FollowUpVisit("a", "A", Period.ofWeeks(4), Period.ZERO, Period.ofDays(1), List.of());
        FollowUpVisit oneMonth = new FollowUpVisit("b", "B", Period.ofMonths(1), Period.ZERO, Period.ZERO, List.of());

        assertThat(oneMonth.earliest(LocalDate.of(2027, 1, 1))).isAfter(fourWeeks.latest(LocalDate.of(2027, 1, 1)));
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(fourWeeks, oneMonth)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlap for a surgery on 2024-01-31");
    }

    @Test
    void anEmptyScheduleARepeatedVisitAndVisitsOnOrBeforeTheSurgeryAreRefused() {
        FollowUpVisit wound = visit("wound-check", Period.ofWeeks(2), Period.ofDays(3));

        assertThatThrownBy(() -> new FollowUpSchedule(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new FollowUpSchedule(List.of(wound, wound))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> visit("same-day", Period.ZERO, Period.ZERO)).hasMessageContaining("after the surgery");
        assertThatThrownBy(() -> new FollowUpImaging(Modality.XRAY, Period.ZERO))
                .hasMessageContaining("positive");
        assertThat(visit("early", Period.ofDays(2), Period.ofWeeks(1)).earliest(SURGERY))
                .as("a wide tolerance never reaches back to the surgery day")
                .isEqualTo(SURGERY.plusDays(1));
    }

    @Test
    void theScheduleIsImmutable() {
        List<FollowUpVisit> visits = new java.util.ArrayList<>(List.of(visit("a", Period.ofWeeks(2), Period.ZERO)));
        FollowUpSchedule schedule = new FollowUpSchedule(visits);
        visits.clear();

        assertThat(schedule.visits()).hasSize(1);
        assertThatThrownBy(() -> schedule.visits().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private FollowUpSchedule schedule(String procedureId) {
        return catalogue.procedure(procedureId).orElseThrow().followUps();
    }

    private static FollowUpVisit visit(String id, Period target, Period tolerance) {
        return new FollowUpVisit(id, id, target, tolerance, tolerance, List.of());
    }
}
