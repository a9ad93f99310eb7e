package io.spinecare.booking.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The secret shared with notification-service to derive patients' manage tokens (events.md). */
@Validated
@ConfigurationProperties("spinecare.manage-token")
public record ManageTokenSettings(@NotBlank @Size(min = 32) String secret) {}
