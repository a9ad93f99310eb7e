package io.spinecare.booking.series;

import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes back confirmations still marked after the repair grace period: their instance died between
 * taking the slots and committing (ADR 0226). The visits' journal notes let the slot reconciler check
 * the same slots from its side; both only ever undo, so they agree.
 */
@Component
public class SeriesRepair {

    private final SeriesStore store;
    private final SeriesUndo undo;
    private final ClinicTime time;
    private final BookingProperties settings;

    SeriesRepair(SeriesStore store, SeriesUndo undo, ClinicTime time, BookingProperties settings) {
        this.store = store;
        this.undo = undo;
        this.time = time;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${spinecare.booking.repair.every:1m}",
            fixedDelayString = "${spinecare.booking.repair.every:1m}")
    void scheduled() {
        if (settings.repair().enabled()) {
            repair();
        }
    }

    /** Returns how many confirmations were taken back. */
    public int repair() {
        int undone = 0;
        for (FollowUpSeries stale :
                store.confirmingSince(time.now().minus(settings.repair().grace()))) {
            undo.confirmation(stale, stale.confirming().op());
            undone++;
        }
        return undone;
    }
}
