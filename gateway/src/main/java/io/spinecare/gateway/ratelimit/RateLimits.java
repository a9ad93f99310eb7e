package io.spinecare.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.gateway.client.ClientAddresses;
import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import io.spinecare.gateway.web.RequestIds;
import io.spinecare.gateway.web.TraceIds;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one entry to rate limiting: consume a token of a policy for the client behind the
 * exchange, or answer 429 problem+json with {@code Retry-After}.
 */
public class RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);

    static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimitStore store;
    private final ClientAddresses clients;
    private final ProblemResponses problems;
    private final Map<String, Counter> rejections = new HashMap<>();

    RateLimits(
            RateLimitStore store,
            ClientAddresses clients,
            ProblemResponses problems,
            RateLimitProperties properties,
            MeterRegistry meters) {
        this.store = store;
        this.clients = clients;
        this.problems = problems;
        // one counter per policy from the start, so dashboards and alerts find it at zero
        for (String policy : properties.policies().keySet()) {
            rejections.put(
                    policy,
                    Counter.builder("spinecare.gateway.rate.limited")
                            .description("Requests refused with 429 by a per-client limit")
                            .tag("policy", policy)
                            .register(meters));
        }
    }

    /** Runs {@code proceed} when the client still has a token, otherwise answers 429. */
    public Mono<Void> guard(String policy, ServerWebExchange exchange, Mono<Void> proceed) {
        String client = clients.clientKey(exchange.getRequest());
        return store.tryConsume(policy, client).flatMap(decision -> {
            if (decision.allowed()) {
                if (decision.remaining() >= 0) {
                    exchange.getResponse().getHeaders().set(REMAINING_HEADER, Long.toString(decision.remaining()));
                }
                return proceed;
            }
            rejections.get(policy).increment();
            long seconds = decision.retryAfterSeconds();
            log.info(
                    "requestId={} trace={} refused by rate limit {}, retry after {}s",
                    RequestIds.of(exchange),
                    TraceIds.of(exchange),
                    policy,
                    seconds);
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            headers.set(REMAINING_HEADER, "0");
            return problems.write(exchange, Problems.rateLimited(seconds), headers);
        });
    }
}
