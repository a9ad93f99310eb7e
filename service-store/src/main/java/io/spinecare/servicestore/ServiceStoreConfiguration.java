package io.spinecare.servicestore;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store setup both services share. A service imports it ({@code @Import}), so its health check replaces Boot's
 * by name: Boot's sends {@code hello}, which mongo-java-server (the local stack's store) does not know, while
 * {@code ping} works on it and on real MongoDB alike.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceStoreConfiguration {

    @Bean
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            try {
                Document answer = mongo.executeCommand(new Document("ping", 1));
                return Health.up()
                        .withDetail("database", mongo.getDb().getName())
                        .withDetail("ping", answer.get("ok"))
                        .build();
            } catch (RuntimeException e) {
                return Health.down()
                        .withDetail("error", e.getClass().getSimpleName())
                        .build();
            }
        };
    }
}
