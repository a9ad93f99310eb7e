package io.spinecare.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.notification.channel.Channel;
import io.spinecare.notification.message.MessageKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Delivery ids are stored and logged: they must not let anyone recover the patient's phone or e-mail. */
class DeliveryIdTest {

    @Test
    void theIdHoldsNoHashOfTheAddress() throws Exception {
        String phone = "+919812345678";
        PlannedMessage message = new PlannedMessage(
                "event-1", MessageKind.REMINDER, Duration.ofHours(2), Channel.SMS, phone, null, null, 1, null);

        String plainHash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8)));

        assertThat(message.deliveryId())
                .isEqualTo("event-1:REMINDER-PT2H:SMS")
                .doesNotContain(plainHash.substring(0, 8))
                .doesNotContain("9812345678");
    }

    @Test
    void theIdStillSeparatesKindsOffsetsAndChannelsOfOneEvent() {
        assertThat(Delivery.idFor("e", MessageKind.CONFIRMATION, null, Channel.EMAIL))
                .isNotEqualTo(Delivery.idFor("e", MessageKind.CONFIRMATION, null, Channel.SMS))
                .isNotEqualTo(Delivery.idFor("e", MessageKind.CANCELLATION, null, Channel.EMAIL));
        assertThat(Delivery.idFor("e", MessageKind.REMINDER, Duration.ofHours(24), Channel.EMAIL))
                .isNotEqualTo(Delivery.idFor("e", MessageKind.REMINDER, Duration.ofHours(2), Channel.EMAIL));
    }
}
