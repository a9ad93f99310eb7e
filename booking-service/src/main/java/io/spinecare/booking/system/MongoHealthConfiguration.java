package io.spinecare.booking.system;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Boot's MongoDB health check, which sends {@code hello}: mongo-java-server (the local
 * stack's store) does not know that command. {@code ping} works on both it and real MongoDB.
 * Kept identical in booking-service and notification-service on purpose: service-web, their shared
 * library, is the HTTP edge and holds nothing of the store. A test in deploy/local-stack fails when the
 * two copies drift apart.
 */
@Configuration(proxyBeanMethods = false)
class MongoHealthConfiguration {

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
