package io.spinecare.booking.support;

import java.util.Map;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for tests: never throws on 4xx/5xx, answers status, headers and JSON. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;
    private final String base;

    private Api(RestClient client, String base) {
        this.client = client;
        this.base = base;
    }

    public static Api at(int port) {
        return new Api(
                RestClient.builder()
                        // Tests see every answer as sent: no silent retry of a 429 or 503 after Retry-After.
                        .requestFactory(new HttpComponentsClientHttpRequestFactory(
                                HttpClients.custom().disableAutomaticRetries().build()))
                        .defaultStatusHandler(status -> true, (request, response) -> {})
                        .build(),
                "http://localhost:" + port);
    }

    public Api withBearer(String token) {
        return new Api(
                client.mutate()
                        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .build(),
                base);
    }

    /** Paths are sent exactly as written (no template expansion, no second encoding). */
    private java.net.URI uri(String path) {
        return java.net.URI.create(base + path);
    }

    public Reply get(String path, String... headerPairs) {
        return exchange(client.get().uri(uri(path)), headerPairs);
    }

    public Reply post(String path, Object body, String... headerPairs) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return exchange(
                client.post()
                        .uri(uri(path))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json),
                headerPairs);
    }

    public Reply put(String path, Object body, String... headerPairs) {
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return exchange(
                client.put()
                        .uri(uri(path))
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(json),
                headerPairs);
    }

    public Reply send(String method, String path, MediaType contentType, String body, String... headerPairs) {
        RestClient.RequestBodySpec spec = client.method(org.springframework.http.HttpMethod.valueOf(method))
                .uri(uri(path))
                .contentType(contentType);
        return exchange(body == null ? spec : spec.body(body), headerPairs);
    }

    public Reply postEmpty(String path, String... headerPairs) {
        return exchange(client.post().uri(uri(path)), headerPairs);
    }

    private static Reply exchange(RestClient.RequestHeadersSpec<?> spec, String... headerPairs) {
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            spec = spec.header(headerPairs[i], headerPairs[i + 1]);
        }
        return spec.exchange((request, response) -> {
            String text = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            boolean json =
                    String.valueOf(response.getHeaders().getContentType()).contains("json");
            JsonNode body = text.isBlank() || !json ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.getStatusCode().value(), response.getHeaders(), body, text);
        });
    }

    public record Reply(int status, HttpHeaders headers, JsonNode body, String text) {

        public String string(String field) {
            return body.path(field).asString();
        }

        public String contentType() {
            return String.valueOf(headers.getContentType());
        }

        public String problemType() {
            return string("type");
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
