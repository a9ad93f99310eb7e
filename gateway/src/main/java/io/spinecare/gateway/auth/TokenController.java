package io.spinecare.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import io.spinecare.gateway.abuse.FailureBackoff;
import io.spinecare.gateway.abuse.LoginLockout;
import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import io.spinecare.gateway.web.RequestIds;
import io.spinecare.gateway.web.TraceIds;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The built-in issuer's two endpoints (absent when an external OIDC provider issues tokens). */
@RestController
@ConditionalOnExpression(BuiltInIssuerConfiguration.ENABLED)
class TokenController {

    private static final Logger log = LoggerFactory.getLogger(TokenController.class);

    private final StaffDirectory staff;
    private final TokenIssuer issuer;
    private final Map<String, Object> publicJwks;
    private final ProblemResponses problems;
    private final LoginLockout lockout;

    TokenController(
            StaffDirectory staff, TokenIssuer issuer, SigningKey key, ProblemResponses problems, LoginLockout lockout) {
        this.staff = staff;
        this.lockout = lockout;
        this.issuer = issuer;
        this.publicJwks = new JWKSet(key.jwk().toPublicJWK()).toJSONObject(true);
        this.problems = problems;
    }

    @Operation(summary = "Exchange a staff user name and password for a short-lived bearer token")
    @PostMapping("/api/auth/token")
    Mono<ResponseEntity<Object>> token(@RequestBody TokenRequest request, ServerWebExchange exchange) {
        if (!request.isComplete()) {
            return Mono.just(problems.entity(exchange, Problems.invalidRequest("username and password are required.")));
        }
        Duration locked = lockout.lockedFor(request.username());
        if (!locked.isZero()) {
            // the password is not even checked: a lock that still told right from wrong would be no lock
            // (nor is the user name logged: people type passwords into it)
            log.warn(
                    "requestId={} trace={} sign-in refused, account locked for {}s",
                    RequestIds.of(exchange),
                    TraceIds.of(exchange),
                    FailureBackoff.seconds(locked));
            return Mono.just(tooMany(exchange, locked));
        }
        return staff.authenticate(request.username(), request.password()).map(user -> user.map(found -> {
                    lockout.succeeded(request.username());
                    TokenIssuer.IssuedToken token = issuer.issue(found.username(), found.roles());
                    Object body = new TokenResponse(
                            token.value(), "Bearer", token.expiresIn().toSeconds());
                    return ResponseEntity.ok()
                            .cacheControl(CacheControl.noStore())
                            .body(body);
                })
                .orElseGet(() -> {
                    lockout.failed(request.username());
                    return problems.entity(exchange, Problems.invalidCredentials());
                }));
    }

    private ResponseEntity<Object> tooMany(ServerWebExchange exchange, Duration wait) {
        long seconds = FailureBackoff.seconds(wait);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.entity(exchange, Problems.accountLocked(seconds)).getBody());
    }

    @Operation(summary = "The public key(s) that verify staff tokens, as a JWK set")
    @GetMapping("/api/auth/jwks")
    Map<String, Object> jwks() {
        return publicJwks;
    }
}
