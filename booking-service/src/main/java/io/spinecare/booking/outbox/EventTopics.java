package io.spinecare.booking.outbox;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the event topics at start where the broker allows it (KafkaAdmin only adds what is
 * missing, and a broker that refuses or is down does not stop the service). Off with
 * {@code spinecare.booking.events.topics.create=false} where topics are managed elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spinecare.booking.events.topics.create", havingValue = "true", matchIfMissing = true)
class EventTopics {

    @Bean
    KafkaAdmin.NewTopics bookingEventTopics(EventProperties settings) {
        EventProperties.Topics topics = settings.topics();
        return new KafkaAdmin.NewTopics(
                topic(topics.appointments(), topics), topic(topics.slots(), topics), topic(topics.waitlist(), topics));
    }

    private static NewTopic topic(String name, EventProperties.Topics topics) {
        return new NewTopic(name, topics.partitions(), topics.replicas())
                .configs(Map.of(
                        TopicConfig.RETENTION_MS_CONFIG,
                        Long.toString(topics.retention().toMillis())));
    }
}
