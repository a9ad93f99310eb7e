package io.spinecare.booking.repair;

import org.springframework.stereotype.Component;

/**
 * Named places between two documents' updates. In production reaching one does nothing; tests
 * arm one to throw there, which is how a process dying at that moment is simulated (invariant 3).
 */
@Component
public class CrashPoints {

    public static final String AFTER_SLOT_CLAIMED = "after-slot-claimed";
    public static final String AFTER_RESCHEDULE_SLOT_CLAIMED = "after-reschedule-slot-claimed";
    public static final String AFTER_RESCHEDULE_RECORDED = "after-reschedule-recorded";
    public static final String AFTER_CANCEL_RECORDED = "after-cancel-recorded";

    private volatile String armed;

    /** Tests only: the next time {@code point} is reached, the request dies there. */
    public void arm(String point) {
        armed = point;
    }

    public void disarm() {
        armed = null;
    }

    public void reached(String point) {
        if (point.equals(armed)) {
            armed = null;
            throw new SimulatedCrash(point);
        }
    }

    /** Stands for the process dying: no clean-up code may run after it. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(String point) {
            super("simulated crash at " + point);
        }
    }
}
