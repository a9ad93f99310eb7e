package io.spinecare.booking.series;

import io.spinecare.booking.slot.SlotSearch;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The free post-operative slots a visit may move to: inside its window, with anyone offering the type,
 * earliest first. The window may lie beyond the patient's booking horizon (ADR 0226), so this is the
 * series' own search rather than the patient's slot search.
 */
@Service
public class SeriesVisitSlots {

    /** Enough for a window of a few weeks; a page of choices, not the whole diary. */
    private static final int LIMIT = 60;

    private final SlotSearch search;
    private final Specialists specialists;
    private final Catalogue catalogue;
    private final ClinicTime time;

    SeriesVisitSlots(SlotSearch search, Specialists specialists, Catalogue catalogue, ClinicTime time) {
        this.search = search;
        this.specialists = specialists;
        this.catalogue = catalogue;
        this.time = time;
    }

    public List<SlotView> free(FollowUpSeries series, String visitId) {
        SeriesVisit visit = series.visit(visitId);
        if (visit == null) {
            throw SeriesFailures.unknownVisit();
        }
        List<String> team = specialists.list(null).stream()
                .filter(s -> s.offers(ConsultationType.POST_OPERATIVE))
                .map(Specialist::id)
                .toList();
        int minutes =
                catalogue.consultationType(ConsultationType.POST_OPERATIVE).durationMinutes();
        return search
                .freeBetween(
                        team,
                        time.startOf(visit.earliest()),
                        time.startOf(visit.latest().plusDays(1)),
                        minutes)
                .stream()
                .filter(slot -> visit.allows(slot.start().toLocalDate()))
                .sorted(Comparator.comparing(SlotView::start))
                .limit(LIMIT)
                .toList();
    }
}
