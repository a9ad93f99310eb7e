package io.spinecare.notification.series;

import io.spinecare.notification.message.MessageKind;
import java.util.Arrays;
import java.util.Optional;

/** The follow-up series events of docs/events.md, and the message each one sends. */
public enum SeriesEventType {
    PLANNED("io.spinecare.series.planned.v1", MessageKind.SERIES_PLANNED),
    CONFIRMED("io.spinecare.series.confirmed.v1", MessageKind.SERIES_CONFIRMED),
    CHANGED("io.spinecare.series.changed.v1", MessageKind.SERIES_CHANGED);

    private final String ceType;
    private final MessageKind kind;

    SeriesEventType(String ceType, MessageKind kind) {
        this.ceType = ceType;
        this.kind = kind;
    }

    public String ceType() {
        return ceType;
    }

    MessageKind kind() {
        return kind;
    }

    public static Optional<SeriesEventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
