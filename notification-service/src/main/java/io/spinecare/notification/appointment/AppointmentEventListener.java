package io.spinecare.notification.appointment;

import io.micrometer.observation.ObservationRegistry;
import io.spinecare.notification.privacy.PatientDataErasure;
import io.spinecare.notification.series.SeriesEventHandler;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code spinecare.appointments} a polled batch at a time, several appointments side by side and
 * each appointment's events in order ({@link KeyOrderedBatch}, ADR 0213). Unknown event types are logged and
 * skipped; a record that cannot be decoded goes to the dead-letter topic at once, other failures after bounded
 * retries (see {@link AppointmentConsumerConfiguration}). Only ids, types and positions are logged.
 */
@Component
class AppointmentEventListener {

    static final String LISTENER_ID = "appointment-events";
    private static final Logger log = LoggerFactory.getLogger(AppointmentEventListener.class);

    private final CloudEventDecoder decoder;
    private final AppointmentEventHandler handler;
    private final PatientDataErasure erasure;
    private final SeriesEventHandler seriesHandler;
    private final KeyOrderedBatch batch;
    private final ObservationRegistry observations;

    AppointmentEventListener(
            CloudEventDecoder decoder,
            AppointmentEventHandler handler,
            PatientDataErasure erasure,
            SeriesEventHandler seriesHandler,
            KeyOrderedBatch appointmentEventBatch,
            ObjectProvider<ObservationRegistry> observations) {
        this.decoder = decoder;
        this.handler = handler;
        this.erasure = erasure;
        this.seriesHandler = seriesHandler;
        this.batch = appointmentEventBatch;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
    }

    @KafkaListener(
            id = LISTENER_ID,
            idIsGroup = false,
            batch = "true",
            topics = "${spinecare.notification.topics.appointments:spinecare.appointments}")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        String group = KafkaUtils.getConsumerGroupId(); // known on the consumer's thread only
        batch.handle(records, record -> observed(record, group));
    }

    /**
     * One consumer span per record, continuing the trace in its {@code traceparent} header (ADR 0800), as the
     * container makes for a listener of single records.
     */
    private void observed(ConsumerRecord<String, byte[]> record, String group) {
        KafkaListenerObservation.LISTENER_OBSERVATION
                .observation(
                        null,
                        DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(record, LISTENER_ID, LISTENER_ID, group, () -> null),
                        observations)
                .observe(() -> handle(record));
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        Optional<String> erasedAppointment = decoder.erasedAppointment(record);
        if (erasedAppointment.isPresent()) {
            erasure.erase(erasedAppointment.get());
            return;
        }
        Optional<ReceivedSeriesEvent> series = decoder.series(record);
        if (series.isPresent()) {
            ReceivedSeriesEvent event = series.get();
            seriesHandler.handle(event.id(), event.type(), event.time(), event.body());
            return;
        }
        decoder.decode(record)
                .ifPresentOrElse(
                        handler::handle,
                        () -> log.info(
                                "Skipping event of unknown type at {}-{}@{}",
                                record.topic(),
                                record.partition(),
                                record.offset()));
    }
}
