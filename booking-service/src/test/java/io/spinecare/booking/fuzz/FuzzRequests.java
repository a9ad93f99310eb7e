package io.spinecare.booking.fuzz;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns one operation of the document into a concrete, usually plausible and often hostile HTTP request. */
final class FuzzRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/json; charset=bogus",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "*/*");
    private static final List<String> JUNK_TOKENS = List.of(
            "Bearer ", "Bearer junk", "Basic YWxhZGRpbjpvcGVuc2VzYW1l", "Bearer a.b.c", "Bearer é\u00ff", "bearer");
    private static final List<String> JUNK_MANAGE_TOKENS = List.of("", "k1.", ".", "k1.é\u00ff", "k9.AAAA", "\u00e9");

    private final HostileValues values;
    private final int port;

    FuzzRequests(HostileValues values, int port) {
        this.values = values;
        this.port = port;
    }

    HttpRequest build(ApiOperations.Operation operation) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(20));
        for (ApiOperations.Parameter parameter : operation.parameters()) {
            if (!parameter.required() && values.chance(40)) {
                continue;
            }
            String value = values.text(parameter.schema());
            switch (parameter.in()) {
                case "path" -> path = path.replace("{" + parameter.name() + "}", encode(value.isEmpty() ? "x" : value));
                case "query" ->
                    query.append(query.isEmpty() ? "?" : "&")
                            .append(parameter.name())
                            .append('=')
                            .append(encode(value));
                default -> header(request, parameter.name(), value);
            }
        }
        if (values.chance(5)) {
            query.append(query.isEmpty() ? "?" : "&")
                    .append(encode(values.word(4)))
                    .append("=%C3%28%FF");
        }
        authorize(request, operation);
        junkHeaders(request);
        request.uri(URI.create("http://localhost:" + port + path + query));
        request.method(
                values.chance(3) ? values.pick(List.of("PATCH", "DELETE", "PUT")) : operation.method(),
                body(request, operation));
        return request.build();
    }

    private HttpRequest.BodyPublisher body(HttpRequest.Builder request, ApiOperations.Operation operation) {
        if (operation.body() == null && !values.chance(5)) {
            return HttpRequest.BodyPublishers.noBody();
        }
        JsonNode generated = operation.body() == null ? values.hostile() : values.value(operation.body(), 0);
        String text = JSON.writeValueAsString(generated);
        if (values.chance(4)) {
            text = text.substring(0, values.chance(50) ? text.length() / 2 : Math.max(0, text.length() - 1));
        } else if (values.chance(3) && text.startsWith("{\"")) {
            text = "{\"a\":1,\"a\":2," + text.substring(1); // duplicate and unknown keys
        }
        request.setHeader("Content-Type", values.chance(6) ? values.pick(CONTENT_TYPES) : "application/json");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (values.chance(5)) {
            return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)); // chunked
        }
        return HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    private void authorize(HttpRequest.Builder request, ApiOperations.Operation operation) {
        String security = operation.toString();
        if (operation.staff()) {
            header(request, "Authorization", values.chance(85) ? "Bearer " + staffToken() : values.pick(JUNK_TOKENS));
        }
        if (security.contains("{reference}")) {
            header(request, "X-Manage-Token", values.chance(50) ? manageToken() : values.pick(JUNK_MANAGE_TOKENS));
        }
    }

    private void junkHeaders(HttpRequest.Builder request) {
        if (values.chance(4)) {
            request.header("X-Manage-Token", values.pick(JUNK_MANAGE_TOKENS));
            request.header("X-Manage-Token", values.pick(JUNK_MANAGE_TOKENS));
        }
        if (values.chance(3)) {
            header(request, "Idempotency-Key", values.pick(HostileValues.ODD_TEXT));
        }
        if (values.chance(3)) {
            request.header(
                    "Accept", values.pick(List.of("application/xml", "text/html", "*/*", "application/json;q=0")));
        }
        if (values.chance(2)) {
            request.header("X-Forwarded-For", "999.1.1.1, ::ffff:zz, " + values.word(3));
        }
    }

    private void header(HttpRequest.Builder request, String name, String value) {
        // The HTTP client refuses control characters and characters beyond Latin-1 in headers; send what it can.
        String sendable = value.replaceAll("[\\x00-\\x1f\\x7f]", "").replaceAll("[^\\x20-\\xff]", "\u00e9");
        request.header(name, sendable);
    }

    private String staffToken() {
        return values.knownToken("eyJ");
    }

    private String manageToken() {
        return values.knownToken("k1.");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
