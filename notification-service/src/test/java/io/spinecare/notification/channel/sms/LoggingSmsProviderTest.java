package io.spinecare.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsProviderTest {

    @Test
    void logsThatAMessageWentOutWithoutTheNumberOrTheText(CapturedOutput output) {
        new LoggingSmsProvider()
                .send("+919812345678", "SpineCare: Asha, your appointment… https://x/manage/SC-1?token=secret", "d-1");

        assertThat(output.getAll())
                .contains("+91********78")
                .contains("d-1")
                .doesNotContain("+919812345678")
                .doesNotContain("Asha")
                .doesNotContain("token=secret");
    }
}
