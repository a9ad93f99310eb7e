package io.spinecare.notification.contact;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service's own bearer token: client credentials exchanged at the gateway's issuer for scope
 * {@code system/Patient.read}, kept until shortly before it expires.
 */
@Component
class ServiceToken {

    static final String SCOPE = "system/Patient.read";

    private final ContactProperties settings;
    private final HttpClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private String token;
    private Instant renewAfter = Instant.MIN;

    ServiceToken(ContactProperties settings, HttpClient contactHttpClient, Clock clock) {
        this.settings = settings;
        this.http = contactHttpClient;
        this.clock = clock;
    }

    synchronized String current() {
        if (token == null || clock.instant().isAfter(renewAfter)) {
            fetch();
        }
        return token;
    }

    /** booking-service refused the token (a restarted issuer has new keys): the next call fetches another. */
    synchronized void forget() {
        token = null;
    }

    private void fetch() {
        if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
            throw new ContactUnavailableException("no client secret configured for the contact look-up");
        }
        String form = "grant_type=client_credentials&scope=" + encode(SCOPE) + "&client_id="
                + encode(settings.clientId()) + "&client_secret=" + encode(settings.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(settings.tokenUri())
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ContactUnavailableException("token endpoint answered " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asString();
            long expiresIn = body.path("expires_in").asLong(60);
            renewAfter = clock.instant().plusSeconds(Math.max(0, expiresIn - 30));
        } catch (IOException e) {
            throw new ContactUnavailableException("token endpoint unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContactUnavailableException("interrupted while fetching a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
