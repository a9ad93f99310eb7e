package io.spinecare.booking.outbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Where booking events go and how the outbox relay moves them, under {@code spinecare.booking.events}. */
@Validated
@ConfigurationProperties("spinecare.booking.events")
public record EventProperties(@Valid @NotNull @DefaultValue Topics topics, @Valid @NotNull @DefaultValue Relay relay) {

    /** Topic names, and how they are created at start where the broker allows it. */
    public record Topics(
            @NotBlank @DefaultValue(BookingEvent.APPOINTMENTS_TOPIC) String appointments,
            @NotBlank @DefaultValue(BookingEvent.SLOTS_TOPIC) String slots,
            @NotBlank @DefaultValue(BookingEvent.WAITLIST_TOPIC) String waitlist,
            @Min(1) @Max(1000) @DefaultValue("3") int partitions,
            @Min(1) @Max(10) @DefaultValue("1") short replicas,
            @NotNull @DefaultValue("30d") Duration retention,
            @DefaultValue("true") boolean create) {

        /** The configured name of a topic an outbox entry was recorded for. */
        String nameOf(String recordedTopic) {
            return switch (recordedTopic) {
                case BookingEvent.APPOINTMENTS_TOPIC -> appointments;
                case BookingEvent.SLOTS_TOPIC -> slots;
                case BookingEvent.WAITLIST_TOPIC -> waitlist;
                default -> recordedTopic;
            };
        }
    }

    /**
     * The relay: how often it sweeps for pending outboxes that no commit announced (the safety net;
     * committed writes wake it at once), how many documents a sweep claims, and how long a claim
     * (lease) keeps other instances away before they may take the document over.
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("2s") Duration interval,
            @Min(1) @Max(10_000) @DefaultValue("100") int batchSize,
            @NotNull @DefaultValue("60s") Duration lease) {}
}
