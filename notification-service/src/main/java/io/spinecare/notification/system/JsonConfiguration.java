package io.spinecare.notification.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Strict, bounded reading of HTTP request bodies, as in booking-service (ADR 0220). Only Spring MVC uses this
 * mapper: booking events are read by {@code CloudEventDecoder}'s own mapper, which ignores fields added to an event
 * later, and outcome events are written by {@code OutcomePublisher}'s.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    static final int MAX_STRING_CHARS = 64 * 1024;

    @Bean
    JsonMapper jsonMapper(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory bounded = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNameLength(256)
                        .maxNumberLength(64)
                        .maxNestingDepth(32)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(bounded);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Runs after Spring Boot's own customizer, which switches unknown-property failures off. */
    @Bean
    JsonMapperBuilderCustomizer strictRequests() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .defaultLeniency(false);
    }
}
