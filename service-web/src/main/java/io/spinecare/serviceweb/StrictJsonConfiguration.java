package io.spinecare.serviceweb;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict, bounded reading of request bodies (ADR 0220): a wrong type, an unknown field or an oversized value is a
 * 400, never a silently coerced, dropped or truncated value. This is Spring MVC's mapper; a service reads events
 * and stored documents with mappers of its own, which stay tolerant of fields added later.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    /** No field of any request is longer than a few hundred characters; 64 KB leaves room and bounds the work. */
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
        return builder -> builder
                // {"status": "CONFIRMED"} or {"manageToken": …} must not pass unnoticed.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // "consultationType": 3 must not pick the fourth enum constant.
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // "name": 42 or "slotMinutes": "30" are type errors, not values to coerce.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // "slotMinutes": 30.7 is not 30.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // "2030-01-01T23:30:00" is not the date 2030-01-01: no lenient date parsing.
                .defaultLeniency(false)
                // "slotId": 42 is not the text "42".
                .withCoercionConfig(
                        LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        number -> number.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
