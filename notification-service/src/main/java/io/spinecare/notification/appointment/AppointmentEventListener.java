package io.spinecare.notification.appointment;

import io.spinecare.notification.privacy.PatientDataErasure;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code spinecare.appointments}. Unknown event types are logged and skipped; a record that cannot
 * be decoded goes to the dead-letter topic at once, other failures after bounded retries (see
 * {@link AppointmentConsumerConfiguration}). Only ids, types and positions are logged.
 */
@Component
class AppointmentEventListener {

    static final String LISTENER_ID = "appointment-events";
    private static final Logger log = LoggerFactory.getLogger(AppointmentEventListener.class);

    private final CloudEventDecoder decoder;
    private final AppointmentEventHandler handler;
    private final PatientDataErasure erasure;

    AppointmentEventListener(CloudEventDecoder decoder, AppointmentEventHandler handler, PatientDataErasure erasure) {
        this.decoder = decoder;
        this.handler = handler;
        this.erasure = erasure;
    }

    @KafkaListener(
            id = LISTENER_ID,
            idIsGroup = false,
            topics = "${spinecare.notification.topics.appointments:spinecare.appointments}")
    void on(ConsumerRecord<String, byte[]> record) {
        Optional<String> erasedAppointment = decoder.erasedAppointment(record);
        if (erasedAppointment.isPresent()) {
            erasure.erase(erasedAppointment.get());
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
