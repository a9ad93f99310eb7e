package io.spinecare.booking.repair;

/**
 * Named places between two documents' updates: a process dying at one leaves work for the
 * {@link SlotReconciler} (invariant 3). In production reaching one does nothing; the tests replace
 * this bean with one that dies there on request.
 */
public interface CrashPoints {

    String AFTER_SLOT_CLAIMED = "after-slot-claimed";
    String AFTER_RESCHEDULE_SLOT_CLAIMED = "after-reschedule-slot-claimed";
    String AFTER_RESCHEDULE_RECORDED = "after-reschedule-recorded";
    String AFTER_CANCEL_RECORDED = "after-cancel-recorded";
    String AFTER_SERIES_VISIT_WRITTEN = "after-series-visit-written";

    void reached(String point);
}
