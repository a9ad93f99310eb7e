package io.spinecare.booking.support;

import java.time.ZoneId;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one shared test configuration: the database (real or embedded, see {@link MongoBackend}), the
 * Kafka broker ({@link KafkaBackend}),
 * and a clock tests control. Staff tokens are checked by the service's own decoder, trusting the test key of
 * {@link StaffTokens} (application-test.yml).
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
}
