package io.spinecare.notification.appointment;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CloudEventDecoderTest {

    final CloudEventDecoder decoder =
            new CloudEventDecoder(Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void aBookedEventIsReadWithItsEnvelopeAndBody() {
        AppointmentEventBuilder booking = booking().missing("MRI", "LUMBAR", 365, java.time.LocalDate.of(2026, 11, 29));

        ReceivedEvent event = decoder.decode(record(EventProducer.cloudEventHeaders(booking), booking.bodyBytes()))
                .orElseThrow();

        assertThat(event.id()).isEqualTo(booking.eventId());
        assertThat(event.type()).isEqualTo(AppointmentEventType.BOOKED);
        assertThat(event.time()).isEqualTo(booking.time());
        assertThat(event.body().reference()).isEqualTo(booking.reference());
        assertThat(event.body().prerequisites()).singleElement().satisfies(p -> assertThat(p.outstanding())
                .isTrue());
        assertThat(event.body().patient().channels()).containsExactly("EMAIL");
    }

    @Test
    void unknownFieldsAreIgnoredSoTheContractCanGrow() {
        AppointmentEventBuilder booking = booking();
        Map<String, Object> body = new LinkedHashMap<>(booking.body());
        body.put("somethingNew", Map.of("x", 1));

        assertThat(decoder.decode(record(EventProducer.cloudEventHeaders(booking), json(body))))
                .isPresent();
    }

    @Test
    void anUnknownTypeIsNotAnError() {
        AppointmentEventBuilder booking = booking();
        Map<String, String> headers = new LinkedHashMap<>(EventProducer.cloudEventHeaders(booking));
        headers.put("ce_type", "io.spinecare.appointment.archived.v2");

        assertThat(decoder.decode(record(headers, "not even json".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsUndecodableAndTheMessageQuotesNothingFromIt() {
        AppointmentEventBuilder booking = booking();

        assertThatThrownBy(() -> decoder.decode(record(
                        EventProducer.cloudEventHeaders(booking),
                        ("{\"patient\":{\"email\":\"" + booking.email() + "\" oops").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("body is not an AppointmentEvent")
                .message()
                .doesNotContain(booking.email());
    }

    @Test
    void missingFieldsWrongVersionsAndBadZonesAreUndecodable() {
        AppointmentEventBuilder booking = booking();
        Map<String, String> headers = EventProducer.cloudEventHeaders(booking);

        assertThatThrownBy(() -> decoder.decode(record(headers, json(without(booking.body(), "reference")))))
                .hasMessage("invalid body: [reference]");
        assertThatThrownBy(() -> decoder.decode(record(headers, json(with(booking.body(), "schemaVersion", 2)))))
                .hasMessage("schemaVersion 2 does not match the type");
        assertThatThrownBy(() -> decoder.decode(record(headers, json(with(booking.body(), "schemaVersion", 3)))))
                .hasMessage("schemaVersion 3 does not match the type");
        assertThatThrownBy(
                        () -> decoder.decode(record(headers, json(with(booking.body(), "timeZone", "Mars/Olympus")))))
                .hasMessage("invalid body: timeZone is not a known zone id");
        Map<String, String> oldSpec = new LinkedHashMap<>(headers);
        oldSpec.put("ce_specversion", "0.3");
        assertThatThrownBy(() -> decoder.decode(record(oldSpec, booking.bodyBytes())))
                .isInstanceOf(UndecodableEventException.class);
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static byte[] json(Map<String, Object> body) {
        return JsonMapper.builder().build().writeValueAsBytes(body);
    }

    private static ConsumerRecord<String, byte[]> record(Map<String, String> headers, byte[] body) {
        var record = new ConsumerRecord<String, byte[]>("spinecare.appointments", 0, 0L, "key", body);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
