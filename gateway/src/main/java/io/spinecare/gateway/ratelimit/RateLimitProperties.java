package io.spinecare.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client rate limits, one token bucket per (policy, client).
 *
 * @param store {@code memory} (Bucket4j, one gateway instance) or {@code redis} (Spring Cloud
 *     Gateway's RedisRateLimiter, shared by all instances)
 * @param policies named limits; routes refer to them by name ({@code ClientRateLimit=public-write})
 */
@ConfigurationProperties("spinecare.gateway.rate-limit")
public record RateLimitProperties(Store store, Map<String, Policy> policies) {

    public enum Store {
        MEMORY,
        REDIS
    }

    /**
     * A token bucket: {@code capacity} requests at once, then {@code refillTokens} more every
     * {@code refillPeriod}.
     */
    public record Policy(long capacity, long refillTokens, Duration refillPeriod) {

        public Policy {
            if (capacity < 1 || refillTokens < 1 || refillPeriod == null || refillPeriod.isZero()) {
                throw new IllegalArgumentException(
                        "a rate-limit policy needs capacity, refill-tokens and refill-period");
            }
        }
    }

    public RateLimitProperties {
        store = store == null ? Store.MEMORY : store;
        policies = policies == null ? Map.of() : Map.copyOf(policies);
    }

    Policy policy(String name) {
        Policy policy = policies.get(name);
        if (policy == null) {
            throw new IllegalArgumentException(
                    "no rate-limit policy named '" + name + "' under spinecare.gateway.rate-limit.policies");
        }
        return policy;
    }
}
