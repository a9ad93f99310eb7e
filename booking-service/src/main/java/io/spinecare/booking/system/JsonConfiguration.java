package io.spinecare.booking.system;

import io.spinecare.booking.web.BoundedDates;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Request bodies are read strictly by service-web's mapper; here dates are also held to the policy of ADR 0220. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer boundedDates() {
        return builder -> builder.addModule(BoundedDates.module());
    }
}
