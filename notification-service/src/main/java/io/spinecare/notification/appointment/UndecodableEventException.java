package io.spinecare.notification.appointment;

/**
 * A record that can never be processed, however often it is retried: it goes to the dead-letter topic
 * at once. The message names fields and positions only, never values (they may be personal data).
 */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message) {
        super(message, null, false, false);
    }
}
