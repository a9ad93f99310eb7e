package io.spinecare.gateway.routing;

import io.spinecare.gateway.web.FhirOutcomes;
import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import io.spinecare.gateway.web.RequestIds;
import io.spinecare.gateway.web.TraceIds;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, or the circuit is
 * open: an immediate 503 problem+json instead of a hang (any method: the original one is kept).
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private static final Set<String> SERVICES = Set.of("booking", "notification", "fhir");

    /** Seconds a client should wait; about the time an open circuit stays open. */
    private static final String RETRY_AFTER_SECONDS = "10";

    private final ProblemResponses problems;

    FallbackController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Object> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        String name = SERVICES.contains(service) ? service : "requested";
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // the cause names a host, a port or a duration, never request data
        log.warn(
                "requestId={} trace={} {} service unavailable: {}",
                RequestIds.of(exchange),
                TraceIds.of(exchange),
                name,
                cause != null ? cause.toString() : "no cause");
        if ("fhir".equals(service)) { // FHIR clients get an OperationOutcome, booking-service serves FHIR
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(FhirOutcomes.FHIR_JSON)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .body(FhirOutcomes.body(
                            "transient", "The booking service is not answering right now; please try again shortly."));
        }
        ResponseEntity<Object> problem = problems.entity(exchange, Problems.serviceUnavailable(name));
        return ResponseEntity.status(problem.getStatusCode())
                .headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem.getBody());
    }
}
