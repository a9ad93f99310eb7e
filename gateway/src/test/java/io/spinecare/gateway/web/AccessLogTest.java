package io.spinecare.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The access log names each request without the patient's manage token, reference or query. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogTest extends GatewayIntegrationTest {

    private static final String TOKEN = "k1.Zm9yLXRoZS1hY2Nlc3MtbG9nLXRlc3Qtb25seS0wMTIzNDU2Nzg5";

    @Test
    void aRequestWithAManageTokenIsLoggedWithoutTheTokenOrTheReference(CapturedOutput output) {
        client().post()
                .uri("/api/appointments/SC-7KQ2M9/cancel")
                .header("X-Manage-Token", TOKEN)
                .header("X-Request-Id", "access-log-token-1")
                .exchange()
                .expectStatus()
                .isCreated();
        assertThat(booking.lastReceived().header("X-Manage-Token")).isEqualTo(TOKEN);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll())
                .contains("POST /api/appointments/***/cancel 201")
                .contains("requestId=access-log-token-1"));
        assertThat(output.getAll())
                .doesNotContain(TOKEN)
                .doesNotContain(TOKEN.substring(3))
                .doesNotContain("SC-7KQ2M9");
    }

    @Test
    void aTokenSentInAQueryByAnOldLinkIsNotLoggedEither(CapturedOutput output) {
        client().get()
                .uri("/manage/SC-7KQ2M9?token=" + TOKEN)
                .header("X-Request-Id", "access-log-token-2")
                .exchange()
                .expectStatus()
                .isOk();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getAll()).contains("requestId=access-log-token-2"));
        assertThat(output.getAll()).doesNotContain(TOKEN.substring(3));
    }
}
