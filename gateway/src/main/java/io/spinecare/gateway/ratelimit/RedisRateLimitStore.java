package io.spinecare.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@link RedisRateLimiter} (an atomic Lua token bucket), shared by every
 * gateway instance. Its rates are whole tokens per second, so a slower policy (5 per minute) is
 * expressed the documented way: one token per second, each request costing {@code 60 / 5 = 12}.
 * Like the library, it lets requests through when Redis is unreachable or slow (and logs it):
 * without the time limit below a stopped Redis made every public write hang (Lettuce queues
 * commands while it reconnects).
 */
class RedisRateLimitStore implements RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimitStore.class);

    /** How long a rate-limit decision may take before the request goes through unlimited. */
    static final Duration DECISION_TIME_LIMIT = Duration.ofMillis(500);

    private final RedisRateLimiter limiter;

    RedisRateLimitStore(
            RateLimitProperties properties, ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script) {
        this.limiter = new RedisRateLimiter(redis, script, null);
        this.limiter.setIncludeHeaders(false);
        properties.policies().forEach((name, policy) -> limiter.getConfig().put(name, toRedis(policy)));
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String policy, String clientKey) {
        RedisRateLimiter.Config config = limiter.getConfig().get(policy);
        if (config == null) {
            return Mono.error(new IllegalArgumentException("no rate-limit policy named '" + policy + "'"));
        }
        return limiter.isAllowed(policy, clientKey)
                .map(response -> response.isAllowed()
                        ? RateLimitDecision.allow(-1)
                        : RateLimitDecision.deny(
                                Duration.ofSeconds((config.getRequestedTokens() + config.getReplenishRate() - 1)
                                        / config.getReplenishRate())));
    }

    static RedisRateLimiter.Config toRedis(RateLimitProperties.Policy policy) {
        double perSecond = policy.refillTokens() / (policy.refillPeriod().toMillis() / 1000.0);
        RedisRateLimiter.Config config = new RedisRateLimiter.Config();
        if (perSecond >= 1) {
            return config.setReplenishRate((int) Math.round(perSecond))
                    .setBurstCapacity(policy.capacity())
                    .setRequestedTokens(1);
        }
        int costPerRequest = (int) Math.ceil(1 / perSecond);
        return config.setReplenishRate(1)
                .setBurstCapacity(policy.capacity() * costPerRequest)
                .setRequestedTokens(costPerRequest);
    }
}
