package io.spinecare.booking.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long personal data lives in booking-service, under {@code spinecare.privacy.*} (docs/privacy.md). */
@Validated
@ConfigurationProperties("spinecare.privacy")
record PrivacyProperties(@Valid @NotNull @DefaultValue Retention retention) {

    record Retention(
            /* Whether the retention job runs at all. */
            @DefaultValue("true") boolean enabled,
            /* Personal data of a cancelled, completed or missed appointment is erased this long after its end. */
            @NotNull @DefaultValue("2557d") Duration appointments,
            /* A waitlist entry that left the list (booked, left, expired) is removed with its offers this long after. */
            @NotNull @DefaultValue("90d") Duration waitlist,
            /* At most this many appointments (and as many waitlist entries) per run, so one run never holds the store for long. */
            @Min(1) @Max(10_000) @DefaultValue("200") int batchSize,
            /* Pause between runs. */
            @NotNull @DefaultValue("1h") Duration every) {}
}
