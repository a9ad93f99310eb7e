package io.spinecare.notification.channel;

/** How a message reaches the patient; the names are the channel codes of the events (docs/events.md). */
public enum Channel {
    EMAIL,
    SMS
}
