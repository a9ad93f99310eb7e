package io.spinecare.notification.system;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret shared with booking-service from which manage tokens are derived (events.md). It lives
 * under {@code spinecare.manage-token} because both services read the same key.
 */
@Validated
@ConfigurationProperties("spinecare.manage-token")
public record ManageTokenProperties(@NotBlank String secret) {}
