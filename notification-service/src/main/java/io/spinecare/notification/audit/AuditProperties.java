package io.spinecare.notification.audit;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The clinic's zone, in which the audit's {@code from} and {@code to} days begin and end (as in booking-service). */
@Validated
@ConfigurationProperties("spinecare.notification.audit")
public record AuditProperties(@NotNull @DefaultValue("Asia/Kolkata") ZoneId zone) {}
