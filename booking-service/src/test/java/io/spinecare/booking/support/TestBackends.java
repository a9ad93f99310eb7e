package io.spinecare.booking.support;

import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneId;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one shared test configuration: the database (real or embedded, see {@link MongoBackend}), the
 * Kafka broker ({@link KafkaBackend}),
 * a clock tests control, and a JWT decoder trusting the test signing key of {@link StaffTokens}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBackends {

    @Bean
    MongoConnectionDetails mongoConnectionDetails() {
        return MongoBackend::connectionString;
    }

    @Bean
    DynamicPropertyRegistrar kafkaBackend() {
        return registry -> registry.add("spring.kafka.bootstrap-servers", KafkaBackend::bootstrapServers);
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(TestTimes.NOW, ZoneId.of("Asia/Kolkata"));
    }

    @Bean
    JwtDecoder testJwtDecoder() throws IOException {
        RSAPublicKey key = StaffTokens.publicKey();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key).build();
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(StaffTokens.ISSUER)));
        return decoder;
    }
}
