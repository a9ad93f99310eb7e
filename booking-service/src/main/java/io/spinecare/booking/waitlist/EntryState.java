package io.spinecare.booking.waitlist;

/** Where a waitlist entry stands; only {@code WAITING} entries receive offers. */
enum EntryState {
    WAITING,
    /** The patient booked, from an offer or otherwise: the entry has left the list. */
    BOOKED,
    /** The patient left the list from the link in an offer. */
    LEFT,
    /** Its date window is over. */
    EXPIRED
}
