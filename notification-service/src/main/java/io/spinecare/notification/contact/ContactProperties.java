package io.spinecare.notification.contact;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where patients' contact details come from (ADR 0212): booking-service's internal API, called with a
 * client-credentials token from the gateway's issuer, under {@code spinecare.notification.contacts.*}.
 */
@Validated
@ConfigurationProperties("spinecare.notification.contacts")
public record ContactProperties(
        /* booking-service, reached directly (not through the gateway). */
        @NotNull @DefaultValue("http://localhost:8081") URI bookingServiceUrl,
        /* The gateway's client-credentials token endpoint. */
        @NotNull @DefaultValue("http://localhost:8080/api/auth/oauth2/token") URI tokenUri,
        @DefaultValue("notification-service") String clientId,
        String clientSecret,
        /* One HTTP call's limit (connect and answer). */
        @NotNull @DefaultValue("5s") Duration timeout,
        /* While booking-service or the issuer cannot be reached, an event is retried this long before the DLT. */
        @NotNull @DefaultValue("30m") Duration outageWait) {}
