package io.spinecare.notification.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long a finished delivery keeps its address and the patient's name (docs/privacy.md). */
@Validated
@ConfigurationProperties("spinecare.notification.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        /* A sent, failed or withdrawn delivery is scrubbed this long after it finished. */
        @NotNull @DefaultValue("30d") Duration deliveryBodies,
        /* At most this many deliveries per run. */
        @Min(1) @Max(10_000) @DefaultValue("500") int batchSize,
        /* Pause between runs. */
        @NotNull @DefaultValue("1h") Duration every) {}
