package io.spinecare.notification.contact;

/**
 * booking-service or the token issuer could not answer (down, timing out, 5xx, refusing our credential).
 * No fault of the event: the consumer retries it in order, with back-off, rather than dead-letter it.
 */
public class ContactUnavailableException extends RuntimeException {

    public ContactUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ContactUnavailableException(String message) {
        super(message);
    }
}
