package io.spinecare.notification.appointment;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.notification.contact.ContactProperties;
import io.spinecare.notification.contact.ContactUnavailableException;
import io.spinecare.notification.system.NotificationProperties;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Error handling of the appointment consumer: a failing record is retried in place a bounded number of
 * times (keeping per-appointment order, unlike retry topics), then published to the dead-letter topic with
 * the exception in its headers, and the consumer moves on. Undecodable records skip the retries; while the
 * database is unreachable the record is retried with back-off for up to {@code database-outage-wait}, and
 * while booking-service cannot give contact details for up to {@code contacts.outage-wait}.
 */
@Configuration(proxyBeanMethods = false)
class AppointmentConsumerConfiguration {

    @Bean
    DefaultErrorHandler appointmentErrorHandler(
            KafkaTemplate<String, byte[]> kafka,
            NotificationProperties properties,
            ContactProperties contacts,
            MeterRegistry meters) {
        String deadLetter = properties.topics().appointmentsDeadLetter();
        // Partition -1: the producer partitions by key, so the DLT need not mirror the source's partitions.
        var publisher = new DeadLetterPublishingRecoverer(kafka, (record, e) -> new TopicPartition(deadLetter, -1));
        Counter deadLettered = Counter.builder("spinecare.notifications.dead.lettered")
                .description("Appointment events given up on and published to the dead-letter topic")
                .tag("topic", deadLetter)
                .register(meters);
        ConsumerRecordRecoverer recoverer = (record, e) -> {
            publisher.accept(record, ofTheRecord(e));
            deadLettered.increment();
        };
        var consumer = properties.consumer();
        var handler = new DefaultErrorHandler(
                recoverer, new FixedBackOff(consumer.retryInterval().toMillis(), consumer.maxAttempts() - 1L));
        handler.addNotRetryableExceptions(UndecodableEventException.class);
        // The database being away is no fault of the record: wait for it (in order) rather than dead-letter.
        handler.setBackOffFunction((record, e) -> {
            if (databaseUnavailable(e)) {
                return databaseBackOff(consumer);
            }
            // booking-service (contact details, ADR 0212) being away is no fault of the record either
            return contactsUnavailable(e) ? outageBackOff(consumer.retryInterval(), contacts.outageWait()) : null;
        });
        return handler;
    }

    private static BackOff databaseBackOff(NotificationProperties.Consumer consumer) {
        return outageBackOff(consumer.retryInterval(), consumer.databaseOutageWait());
    }

    private static BackOff outageBackOff(Duration first, Duration wait) {
        var backOff = new ExponentialBackOff(first.toMillis(), 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        backOff.setMaxElapsedTime(wait.toMillis());
        return backOff;
    }

    /**
     * A batch names its failed record in a wrapper ({@link KeyOrderedBatch}); the dead letter's headers name
     * the record's own exception, as they did when records were handled one at a time.
     */
    private static Exception ofTheRecord(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BatchListenerFailedException failed && failed.getCause() != null) {
                return new ListenerExecutionFailedException(failed.getCause().getMessage(), failed.getCause());
            }
        }
        return e;
    }

    static boolean contactsUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ContactUnavailableException) {
                return true;
            }
        }
        return false;
    }

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException
                    || t instanceof MongoSocketException
                    || t instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Its threads are shared by the partitions' consumers; stopped with the context. */
    @Bean
    KeyOrderedBatch appointmentEventBatch(NotificationProperties properties) {
        return new KeyOrderedBatch(properties.consumer().parallelism(), "appointment-worker-");
    }

    /**
     * The appointment listener times each record with a span of its own; the container's per-batch timer of
     * the same name (other tags) would keep those from the metrics.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> appointmentTimers() {
        return container -> {
            if (AppointmentEventListener.LISTENER_ID.equals(container.getListenerId())) {
                container.getContainerProperties().setMicrometerEnabled(false);
            }
        };
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
