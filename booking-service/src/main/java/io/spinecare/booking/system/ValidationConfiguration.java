package io.spinecare.booking.system;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code @Past} and {@code @PastOrPresent} judge by the service's clock, like every other rule. */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer clockForValidation(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
