package io.spinecare.notification.channel.sms;

import io.spinecare.notification.channel.DeliveryException;
import io.spinecare.notification.system.NotificationProperties;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * A generic HTTP SMS gateway: {@code POST {url}} with JSON {@code {to, from, text}}, HTTP Basic
 * (username/password) or a bearer API key, and an {@code Idempotency-Key} header. 2xx is sent; 429 and
 * 5xx and I/O errors are transient; any other 4xx is permanent (bad number, refused content).
 */
class HttpSmsProvider implements SmsProvider {

    private final RestClient http;
    private final String sender;

    HttpSmsProvider(NotificationProperties.Sms settings, RestClient.Builder builder) {
        if (settings.url() == null) {
            throw new IllegalStateException("spinecare.notification.sms.url is required for the HTTP SMS provider");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = builder.baseUrl(settings.url().toString())
                .requestFactory(requests)
                .defaultHeaders(headers -> authenticate(headers, settings))
                .build();
        this.sender = settings.sender();
    }

    private static void authenticate(HttpHeaders headers, NotificationProperties.Sms settings) {
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            headers.setBearerAuth(settings.apiKey());
        } else if (settings.username() != null && !settings.username().isBlank()) {
            headers.setBasicAuth(settings.username(), settings.password() == null ? "" : settings.password());
        }
    }

    @Override
    public void send(String phone, String text, String idempotencyKey) {
        try {
            http.post()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", idempotencyKey)
                    .body(Map.of("to", phone, "from", sender, "text", text))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw classify(e.getStatusCode());
        } catch (ResourceAccessException e) {
            throw DeliveryException.transientFailure("SMS gateway unreachable");
        }
    }

    private static DeliveryException classify(HttpStatusCode status) {
        if (status.is5xxServerError() || status.value() == 429 || status.value() == 408) {
            return DeliveryException.transientFailure("SMS gateway answered " + status.value());
        }
        return DeliveryException.permanent("SMS gateway refused the message (" + status.value() + ")");
    }
}
