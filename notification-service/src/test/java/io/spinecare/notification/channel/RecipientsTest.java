package io.spinecare.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void masksKeepJustEnoughToRecogniseAnAddress() {
        assertThat(Recipients.mask(Channel.EMAIL, "asha.verma@patients.test")).isEqualTo("a***@patients.test");
        assertThat(Recipients.mask(Channel.SMS, "+91 98123 45678")).isEqualTo("+91********78");
        assertThat(Recipients.mask(Channel.SMS, "12")).isEqualTo("12");
        assertThat(Recipients.mask(Channel.EMAIL, "not-an-address")).isEqualTo("***");
    }
}
