package io.spinecare.booking.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/** The relay and its worker; off with {@code spinecare.booking.events.relay.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RelayConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> bookingEventTemplate(ProducerFactory<String, byte[]> producers) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true); // a producer span per record, its trace in the record's headers
        return template;
    }

    @Bean
    OutboxRelay outboxRelay(
            MongoTemplate mongo,
            @Qualifier("bookingEventTemplate") KafkaTemplate<String, byte[]> kafka,
            JsonMapper json,
            EventProperties settings,
            MeterRegistry meters,
            EventTracing tracing) {
        return new OutboxRelay(mongo, kafka, json, settings, meters, tracing);
    }

    @Bean
    @ConditionalOnProperty(name = "spinecare.booking.events.relay.enabled", havingValue = "true", matchIfMissing = true)
    RelayWorker relayWorker(OutboxRelay relay, Outbox outbox, EventProperties settings) {
        return new RelayWorker(relay, outbox, settings.relay().interval());
    }
}
