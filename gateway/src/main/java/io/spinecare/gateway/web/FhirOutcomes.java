package io.spinecare.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own answers on {@code /fhir/**} (no token, service down): a FHIR R4
 * OperationOutcome instead of problem+json, so FHIR clients get one error format.
 */
public final class FhirOutcomes {

    public static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FhirOutcomes() {}

    public static boolean isFhir(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    /** An OperationOutcome with one error issue; {@code code} is a FHIR issue-type code. */
    public static byte[] body(String code, String message) {
        Map<String, Object> issue = Map.of("severity", "error", "code", code, "diagnostics", message);
        return JSON.writeValueAsString(Map.of("resourceType", "OperationOutcome", "issue", List.of(issue)))
                .getBytes(StandardCharsets.UTF_8);
    }

    public static Mono<Void> write(
            ServerWebExchange exchange, HttpStatus status, String code, String message, HttpHeaders extraHeaders) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(FHIR_JSON);
        response.getHeaders().addAll(extraHeaders);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body(code, message))));
    }
}
