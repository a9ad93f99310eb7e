package io.spinecare.notification.waitlist;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.contact.BookingContacts;
import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.PlannedMessage;
import io.spinecare.notification.message.AppointmentSnapshot;
import io.spinecare.notification.message.MessageKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consumes {@code spinecare.waitlist}: an {@code offered} event becomes one e-mail and one SMS with the offer's
 * private link, each exactly once (the delivery id is the event id, kind and channel, ADR 0300). It goes stale
 * when the offer expires. The event names no one: the patient's contact details are asked of booking-service at
 * handling time like an appointment's (ADR 0212), so an erased patient is never written to, and booking-service
 * being away retries the record with back-off. The other offer events send nothing; a record that cannot be read
 * fails like an appointment record (bounded retries, then the dead-letter topic).
 */
@Component
class WaitlistOfferListener {

    static final String OFFERED = "io.spinecare.waitlist.offered.v1";
    private static final Logger log = LoggerFactory.getLogger(WaitlistOfferListener.class);

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final Deliveries deliveries;
    private final BookingContacts contacts;

    WaitlistOfferListener(Deliveries deliveries, BookingContacts contacts) {
        this.deliveries = deliveries;
        this.contacts = contacts;
    }

    // A group of its own: the appointment consumer's group is stopped, emptied and rewound on its own.
    @KafkaListener(
            id = "waitlist-offers",
            groupId = "${spinecare.notification.waitlist-group:notification-service-waitlist}",
            topics = "${spinecare.notification.topics.waitlist:spinecare.waitlist}")
    void on(ConsumerRecord<String, byte[]> record) {
        String type = header(record, "ce_type");
        String eventId = header(record, "ce_id");
        if (!OFFERED.equals(type)) {
            log.debug("No message for waitlist event at {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("waitlist offer event without ce_id");
        }
        WaitlistOfferEvent offer = json.readValue(record.value(), WaitlistOfferEvent.class);
        contacts.ofWaitlistOffer(offer.offerId())
                .ifPresentOrElse(
                        patient -> deliveries.sendNow(messages(eventId, offer, patient)),
                        () -> log.info(
                                "Waitlist offer {} has nobody to write to (erased or unknown)", offer.offerId()));
    }

    private static List<PlannedMessage> messages(String eventId, WaitlistOfferEvent e, BookingContacts.Contact p) {
        AppointmentSnapshot snapshot = new AppointmentSnapshot(
                e.offerId(),
                null,
                "offered",
                e.start().toInstant(),
                e.end().toInstant(),
                e.timeZone(),
                e.specialistName(),
                null,
                e.location(),
                e.mode(),
                e.consultationType(),
                p.name(),
                1,
                e.scansNeeded() == null
                        ? List.of()
                        : e.scansNeeded().stream()
                                .map(s -> new AppointmentSnapshot.ScanPrerequisite(
                                        s.modality(), s.region(), "MISSING", s.dueBy(), s.maxAgeDays(), s.necessity()))
                                .toList(),
                null,
                null,
                null,
                null,
                new AppointmentSnapshot.Offer(
                        e.offerId(), e.conditionId(), e.expiresAt().toInstant()));
        List<PlannedMessage> messages = new ArrayList<>();
        // Offers go by e-mail and SMS alike (the slot is held only briefly), to the addresses booking-service gave.
        if (e.goesBy("EMAIL") && present(p.email())) {
            messages.add(message(eventId, Channel.EMAIL, p.email().strip(), e, snapshot));
        }
        if (e.goesBy("SMS") && present(p.phone())) {
            messages.add(message(eventId, Channel.SMS, p.phone().strip(), e, snapshot));
        }
        return messages;
    }

    private static PlannedMessage message(
            String eventId, Channel channel, String to, WaitlistOfferEvent e, AppointmentSnapshot snapshot) {
        return new PlannedMessage(
                eventId,
                MessageKind.WAITLIST_OFFER,
                null,
                channel,
                to,
                null,
                e.expiresAt().toInstant(),
                0,
                snapshot);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
