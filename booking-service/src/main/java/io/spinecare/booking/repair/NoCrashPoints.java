package io.spinecare.booking.repair;

import org.springframework.stereotype.Component;

/** Production's crash points: a request passes every one of them. */
@Component
class NoCrashPoints implements CrashPoints {

    @Override
    public void reached(String point) {
        // nothing dies here outside the tests
    }
}
