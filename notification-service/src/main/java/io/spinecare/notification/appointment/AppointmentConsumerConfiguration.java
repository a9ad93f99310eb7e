package io.spinecare.notification.appointment;

import io.spinecare.notification.system.NotificationProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of the appointment consumer: a failing record is retried in place a bounded number of
 * times (keeping per-appointment order, unlike retry topics), then published to the dead-letter topic with
 * the exception in its headers, and the consumer moves on. Undecodable records skip the retries.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentConsumerConfiguration {

    @Bean
    DefaultErrorHandler appointmentErrorHandler(
            KafkaTemplate<String, byte[]> kafka, NotificationProperties properties) {
        String deadLetter = properties.topics().appointmentsDeadLetter();
        // Partition -1: the producer partitions by key, so the DLT need not mirror the source's partitions.
        var recoverer = new DeadLetterPublishingRecoverer(kafka, (record, e) -> new TopicPartition(deadLetter, -1));
        var consumer = properties.consumer();
        var handler = new DefaultErrorHandler(
                recoverer, new FixedBackOff(consumer.retryInterval().toMillis(), consumer.maxAttempts() - 1L));
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        return handler;
    }

    @Bean
    NewTopic appointmentsDeadLetterTopic(NotificationProperties properties) {
        return TopicBuilder.name(properties.topics().appointmentsDeadLetter())
                .partitions(properties.topics().partitions())
                .build();
    }

    @Bean
    NewTopic notificationsTopic(NotificationProperties properties) {
        return TopicBuilder.name(properties.topics().notifications())
                .partitions(properties.topics().partitions())
                .build();
    }
}
