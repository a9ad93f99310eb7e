package io.spinecare.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises (no route, unsupported method, unreadable body, an
 * unexpected failure) becomes problem+json; runs before Boot's default JSON error handler.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return problems.write(exchange, toProblem(exchange, error));
    }

    private static ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ServerWebInputException input) {
            return Problems.invalidRequest(input.getReason() != null ? input.getReason() : "The request is invalid.");
        }
        if (error instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            if (code.is5xxServerError()) {
                log.warn(
                        "requestId={} trace={} answered {}: {}",
                        RequestIds.of(exchange),
                        TraceIds.of(exchange),
                        code.value(),
                        status.getReason());
            }
            return Problems.forStatus(code);
        }
        log.error("requestId={} trace={} failed unexpectedly", RequestIds.of(exchange), TraceIds.of(exchange), error);
        return Problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
