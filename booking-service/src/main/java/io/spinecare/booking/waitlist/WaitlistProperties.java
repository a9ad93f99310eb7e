package io.spinecare.booking.waitlist;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Waitlist offers, under {@code spinecare.booking.waitlist}: how long an offered slot stays held for its patient,
 * and how often the sweep (the safety net behind the slot-freed wake-up) looks for free slots and expired offers.
 */
@Validated
@ConfigurationProperties("spinecare.booking.waitlist")
record WaitlistProperties(
        @NotNull @DefaultValue("30m") Duration offerDuration, @NotNull @DefaultValue("30s") Duration sweepEvery) {}
