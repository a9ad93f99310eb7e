package io.spinecare.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spinecare.notification.channel.DeliveryException;
import io.spinecare.notification.support.TestProperties;
import io.spinecare.notification.support.TestSmsGateway;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

class HttpSmsProviderTest {

    final TestSmsGateway gateway = new TestSmsGateway();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void postsJsonWithAnApiKeyAndTheIdempotencyKey() {
        provider(Map.of("spinecare.notification.sms.api-key", "key-123")).send("+919800000001", "Hello", "delivery-1");

        var request = gateway.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Bearer key-123");
        assertThat(request.header("Idempotency-Key")).isEqualTo("delivery-1");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(request.body()).contains("\"to\":\"+919800000001\"", "\"text\":\"Hello\"", "\"from\":\"SpineCare\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429, 408})
    void serverErrorsAndThrottlingAreTransient(int status) {
        gateway.answer(status);

        assertThatThrownBy(() -> provider(Map.of()).send("+919800000001", "Hello", "d"))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void otherClientErrorsArePermanent(int status) {
        gateway.answer(status);

        assertThatThrownBy(() -> provider(Map.of()).send("+919800000001", "Hello", "d"))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void anUnreachableGatewayIsTransient() {
        String url = gateway.baseUrl();
        gateway.close();

        assertThatThrownBy(() -> new HttpSmsProvider(
                                TestProperties.notification(Map.of("spinecare.notification.sms.url", url))
                                        .sms(),
                                RestClient.builder())
                        .send("+919800000001", "Hello", "d"))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isFalse());
    }

    private HttpSmsProvider provider(Map<String, String> extra) {
        var settings = new java.util.HashMap<String, String>(extra);
        settings.put("spinecare.notification.sms.url", gateway.baseUrl());
        return new HttpSmsProvider(TestProperties.notification(settings).sms(), RestClient.builder());
    }
}
