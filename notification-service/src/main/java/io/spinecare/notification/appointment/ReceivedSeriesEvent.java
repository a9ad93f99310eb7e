package io.spinecare.notification.appointment;

import io.spinecare.notification.series.SeriesEvent;
import io.spinecare.notification.series.SeriesEventType;
import java.time.Instant;

/** A decoded follow-up series event: its CloudEvent id and time, and its body. */
record ReceivedSeriesEvent(String id, SeriesEventType type, Instant time, SeriesEvent body) {}
