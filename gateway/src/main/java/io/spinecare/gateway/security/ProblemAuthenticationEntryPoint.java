package io.spinecare.gateway.security;

import io.spinecare.gateway.web.FhirOutcomes;
import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 problem+json with the RFC 6750 challenge; the reason a token failed stays in the logs. */
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        HttpHeaders headers = new HttpHeaders();
        // a token was sent but rejected (invalid, expired, wrong key or issuer), or none was sent
        boolean tokenRejected = failure instanceof OAuth2AuthenticationException;
        headers.set(HttpHeaders.WWW_AUTHENTICATE, tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer");
        if (FhirOutcomes.isFhir(exchange)) {
            return FhirOutcomes.write(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    "login",
                    "A valid client-credentials bearer token is required.",
                    headers);
        }
        return problems.write(exchange, Problems.unauthenticated(), headers);
    }
}
