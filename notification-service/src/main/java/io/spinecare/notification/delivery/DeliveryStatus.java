package io.spinecare.notification.delivery;

/**
 * Life of one (event, kind, channel, recipient) message. SCHEDULED, SENDING and RETRY_PENDING are open
 * and become claimable at {@code availableAt}: the due time, the end of a lease, or the next retry.
 */
public enum DeliveryStatus {
    /** A reminder waiting for its due time. */
    SCHEDULED,
    /** Claimed by an instance until its lease ends; an expired lease means that instance died. */
    SENDING,
    /** The provider failed transiently; tried again at {@code availableAt}. */
    RETRY_PENDING,
    /** The provider accepted the message. */
    SENT,
    /** Permanently failed (rejected address, or retries exhausted); published as notification.failed. */
    FAILED,
    /** No longer true: the appointment was cancelled or moved before this went out. */
    WITHDRAWN,
    /** Too late to be useful (after downtime), or superseded by a later reminder. */
    DROPPED;

    boolean open() {
        return this == SCHEDULED || this == SENDING || this == RETRY_PENDING;
    }
}
