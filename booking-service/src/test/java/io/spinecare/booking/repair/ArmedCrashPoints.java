package io.spinecare.booking.repair;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Crash points that tests arm: the next time the armed point is reached, the request dies there,
 * which is how a process dying at that moment is simulated (invariant 3).
 */
public class ArmedCrashPoints implements CrashPoints {

    private volatile String armed;

    /** The next time {@code point} is reached, the request dies there. */
    public void arm(String point) {
        armed = point;
    }

    public void disarm() {
        armed = null;
    }

    @Override
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

    /** Puts the armed crash points in place of production's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlace {

        @Bean
        @Primary
        ArmedCrashPoints armedCrashPoints() {
            return new ArmedCrashPoints();
        }
    }
}
