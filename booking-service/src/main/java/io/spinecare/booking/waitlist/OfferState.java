package io.spinecare.booking.waitlist;

/** A waitlist offer is open until the patient accepts or declines it, or its time runs out. */
enum OfferState {
    OPEN,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
