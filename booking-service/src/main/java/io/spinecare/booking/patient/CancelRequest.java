package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.CancellationReason;

/** Optional body of a cancellation; without one the reason is OTHER. */
record CancelRequest(CancellationReason reason) {

    CancellationReason reasonOrOther() {
        return reason == null ? CancellationReason.OTHER : reason;
    }
}
