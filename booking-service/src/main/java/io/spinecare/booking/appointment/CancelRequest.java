package io.spinecare.booking.appointment;

/** Optional body of a cancellation; without one the reason is OTHER. */
record CancelRequest(CancellationReason reason) {

    CancellationReason reasonOrOther() {
        return reason == null ? CancellationReason.OTHER : reason;
    }
}
