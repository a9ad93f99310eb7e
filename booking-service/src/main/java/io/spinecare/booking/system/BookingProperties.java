package io.spinecare.booking.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every booking rule a clinic may tune, under {@code spinecare.booking.*}. One typed tree instead of
 * scattered {@code @Value}s, so the README's configuration table and the code cannot drift apart.
 */
@Validated
@ConfigurationProperties("spinecare.booking")
public record BookingProperties(
        /* The clinic's time zone: availability is wall-clock time in it, API times carry its offset. */
        @NotNull @DefaultValue("Asia/Kolkata") ZoneId zone,
        /* How long a hold keeps a slot busy-tentative before it frees itself. */
        @NotNull @DefaultValue("10m") Duration holdDuration,
        /* Unexpired holds one client address may have at once (ADR 0221). */
        @Min(1) @DefaultValue("5") int holdsPerClient,
        /* Slots starting sooner than this are neither offered nor bookable. */
        @NotNull @DefaultValue("2h") Duration minNotice,
        /* Slots starting later than this are not offered yet. */
        @NotNull @DefaultValue("90d") Duration horizon,
        /* Patients may cancel or reschedule until this long before the start. */
        @NotNull @DefaultValue("24h") Duration lateCancelWindow,
        @Valid @NotNull @DefaultValue Slots slots,
        @Valid @NotNull @DefaultValue Clinic clinic,
        @Valid @NotNull @DefaultValue Repair repair,
        @Valid @NotNull @DefaultValue Idempotency idempotency) {

    /** Defaults for slot generation; a weekly availability window may override both. */
    public record Slots(
            @Min(5) @Max(240) @DefaultValue("30") int defaultMinutes,
            @Min(0) @Max(120) @DefaultValue("0") int bufferMinutes,
            @Min(1) @Max(366) @DefaultValue("120") int maxGenerationDays) {}

    /** Where in-person consultations happen, and an optional clinic override of the imaging policy. */
    public record Clinic(@DefaultValue("SpineCare Clinic") String defaultLocation, Path imagingPolicy) {}

    /** How long a half-finished two-document change may stay unfinished before the reconciler repairs it. */
    public record Repair(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("2m") Duration grace,
            @NotNull @DefaultValue("1m") Duration every) {}

    /**
     * How long an Idempotency-Key is remembered: a retry within it replays the first answer, a key
     * older than it starts a new booking. A scheduled clean-up removes expired keys, because the
     * embedded store has no TTL index.
     */
    public record Idempotency(
            @NotNull @DefaultValue("24h") Duration retention, @NotNull @DefaultValue("10m") Duration cleanupEvery) {}
}
