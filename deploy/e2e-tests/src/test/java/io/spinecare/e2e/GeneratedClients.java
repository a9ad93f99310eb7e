package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;

/**
 * The clients generated from the services' OpenAPI documents (see this module's pom), pointed at the running stack's
 * gateway. Their JSON mapping is strict: a field the document does not declare fails the call, so a document that
 * drifts from what the services send fails the journeys that use these clients.
 */
final class GeneratedClients {

    private final String gatewayUrl;

    GeneratedClients(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    io.spinecare.client.booking.ApiClient booking() {
        io.spinecare.client.booking.ApiClient client = new io.spinecare.client.booking.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setObjectMapper(strict(client.getObjectMapper()));
        return client;
    }

    io.spinecare.client.notification.ApiClient notification() {
        io.spinecare.client.notification.ApiClient client = new io.spinecare.client.notification.ApiClient();
        client.updateBaseUri(gatewayUrl);
        client.setObjectMapper(strict(client.getObjectMapper()));
        return client;
    }

    static Map<String, String> staff(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    static Map<String, String> manageToken(String token) {
        return Map.of("X-Manage-Token", token);
    }

    /** The problem document of a call the booking API refused, read as the document's typed {@code Problem}. */
    static io.spinecare.client.booking.model.Problem bookingProblem(int status, ThrowableAssert.ThrowingCallable call)
            throws IOException {
        io.spinecare.client.booking.ApiException refused =
                catchThrowableOfType(io.spinecare.client.booking.ApiException.class, call);
        assertThat(refused).as("the call was refused").isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return strict(new io.spinecare.client.booking.ApiClient().getObjectMapper())
                .readValue(refused.getResponseBody(), io.spinecare.client.booking.model.Problem.class);
    }

    static io.spinecare.client.notification.model.Problem notificationProblem(
            int status, ThrowableAssert.ThrowingCallable call) throws IOException {
        io.spinecare.client.notification.ApiException refused =
                catchThrowableOfType(io.spinecare.client.notification.ApiException.class, call);
        assertThat(refused).as("the call was refused").isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        return strict(new io.spinecare.client.notification.ApiClient().getObjectMapper())
                .readValue(refused.getResponseBody(), io.spinecare.client.notification.model.Problem.class);
    }

    static URI problemType(String slug) {
        return URI.create("https://spinecare.io/problems/" + slug);
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
