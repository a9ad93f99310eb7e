package io.spinecare.booking.system;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Post-operative follow-up series (ADR 0226), under {@code spinecare.series.*}. */
@Validated
@ConfigurationProperties("spinecare.series")
public record SeriesProperties(
        /* How long the proposed slots stay held for the patient to confirm or change them. */
        @NotNull @DefaultValue("72h") Duration holdDuration,
        /* How far ahead a series may hold and book: past the patient's horizon, for the 12-month review. */
        @NotNull @DefaultValue("400d") Duration horizon) {}
