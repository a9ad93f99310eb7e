package io.spinecare.notification.waitlist;

import io.spinecare.notification.system.NotificationProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The offer topic exists before the listener subscribes, so the first offer is not waited out. */
@Configuration(proxyBeanMethods = false)
class WaitlistTopicConfiguration {

    @Bean
    NewTopic waitlistTopic(NotificationProperties properties) {
        return TopicBuilder.name(properties.topics().waitlist())
                .partitions(properties.topics().partitions())
                .build();
    }
}
