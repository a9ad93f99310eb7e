package io.spinecare.gateway.auth;

import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * OAuth 2.0 client credentials (RFC 6749 section 4.4) for other clinic systems: a form post with
 * {@code grant_type=client_credentials}, the client's id and secret (HTTP Basic or form fields) and
 * optionally the scopes wanted. Errors are problem+json carrying the RFC 6749 {@code error} code.
 */
@RestController
@ConditionalOnExpression(BuiltInIssuerConfiguration.ENABLED)
class ClientTokenController {

    static final String PATH = "/api/auth/oauth2/token";

    private final ClientDirectory clients;
    private final TokenIssuer issuer;
    private final ProblemResponses problems;

    ClientTokenController(ClientDirectory clients, TokenIssuer issuer, ProblemResponses problems) {
        this.clients = clients;
        this.issuer = issuer;
        this.problems = problems;
    }

    @Operation(summary = "Exchange a client system's id and secret for a short-lived bearer token with system/* scopes")
    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Object>> token(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            if (!"client_credentials".equals(form.getFirst("grant_type"))) {
                return Mono.just(error(
                        exchange,
                        HttpStatus.BAD_REQUEST,
                        "unsupported_grant_type",
                        "grant_type must be client_credentials."));
            }
            String[] credentials = credentials(exchange, form);
            if (credentials == null) {
                return Mono.just(error(
                        exchange,
                        HttpStatus.UNAUTHORIZED,
                        "invalid_client",
                        "Send client_id and client_secret, by HTTP Basic or as form fields."));
            }
            List<String> requested = form.getFirst("scope") == null
                    ? null
                    : Arrays.stream(form.getFirst("scope").trim().split("\\s+"))
                            .filter(s -> !s.isEmpty())
                            .toList();
            return clients.authenticate(credentials[0], credentials[1]).map(found -> found.map(client -> {
                        List<String> granted = requested == null ? client.scopes() : requested;
                        if (!client.scopes().containsAll(granted) || granted.isEmpty()) {
                            return error(
                                    exchange,
                                    HttpStatus.BAD_REQUEST,
                                    "invalid_scope",
                                    "This client may be granted: " + String.join(" ", client.scopes()) + ".");
                        }
                        TokenIssuer.IssuedToken token = issuer.issueForClient(client.clientId(), granted);
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("access_token", token.value());
                        body.put("token_type", "Bearer");
                        body.put("expires_in", token.expiresIn().toSeconds());
                        body.put("scope", String.join(" ", granted));
                        return ResponseEntity.ok()
                                .cacheControl(CacheControl.noStore())
                                .<Object>body(body);
                    })
                    .orElseGet(() -> error(
                            exchange, HttpStatus.UNAUTHORIZED, "invalid_client", "The client id or secret is wrong.")));
        });
    }

    /** [id, secret] from HTTP Basic (form-encoded parts, RFC 6749 2.3.1) or the form; null when missing. */
    private static String[] credentials(ServerWebExchange exchange, MultiValueMap<String, String> form) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String pair = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = pair.indexOf(':');
                if (colon > 0) {
                    return new String[] {
                        URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8)
                    };
                }
            } catch (IllegalArgumentException malformed) {
                return null;
            }
            return null;
        }
        String id = form.getFirst("client_id");
        String secret = form.getFirst("client_secret");
        return id == null || id.isBlank() || secret == null || secret.isEmpty() ? null : new String[] {id, secret};
    }

    private ResponseEntity<Object> error(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        ProblemDetail problem =
                status == HttpStatus.UNAUTHORIZED ? Problems.invalidCredentials() : Problems.invalidRequest(detail);
        problem.setDetail(detail);
        problem.setProperty("error", code);
        ResponseEntity<Object> entity = problems.entity(exchange, problem);
        ResponseEntity.BodyBuilder builder =
                ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders());
        if (status == HttpStatus.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"spinecare\"");
        }
        return builder.body(entity.getBody());
    }
}
