package io.spinecare.gateway.abuse;

import io.spinecare.gateway.client.ClientAddresses;
import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import java.time.Duration;
import java.util.Set;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code ManageLookupLimit}: on the manage routes ({@code /api/appointments/{reference}} and
 * below) every 401, 403 or 404 booking-service answers counts as a failed lookup of the client; past the
 * free ones the client waits, doubling, and is answered 429 problem+json with {@code Retry-After} without
 * the request reaching the service. A guesser of manage links gets a handful of tries, not millions.
 */
@Component
class ManageLookupLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final PathPattern MANAGE_ROUTES =
            PathPatternParser.defaultInstance.parse("/api/appointments/{reference}/**");
    private static final Set<Integer> FAILED_LOOKUP = Set.of(401, 403, 404);

    private final FailureBackoff failures;
    private final ClientAddresses clients;
    private final ProblemResponses problems;

    ManageLookupLimitGatewayFilterFactory(
            ManageLookupFailures failures, ClientAddresses clients, ProblemResponses problems) {
        super(Object.class);
        this.failures = failures.failures();
        this.clients = clients;
        this.problems = problems;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return (exchange, chain) -> {
            if (!MANAGE_ROUTES.matches(exchange.getRequest().getPath().pathWithinApplication())) {
                return chain.filter(exchange);
            }
            String client = clients.clientKey(exchange.getRequest());
            Duration wait = failures.lockedFor(client);
            if (!wait.isZero()) {
                return tooMany(exchange, wait);
            }
            // counted when the status is known, before the answer leaves
            exchange.getResponse().beforeCommit(() -> {
                HttpStatusCode status = exchange.getResponse().getStatusCode();
                if (status != null && FAILED_LOOKUP.contains(status.value())) {
                    failures.failed(client);
                }
                return Mono.empty();
            });
            return chain.filter(exchange);
        };
    }

    private Mono<Void> tooMany(ServerWebExchange exchange, Duration wait) {
        long seconds = FailureBackoff.seconds(wait);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, Problems.rateLimited(seconds), headers);
    }
}
