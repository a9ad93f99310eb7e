package io.spinecare.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;

/**
 * Bucket4j buckets in a bounded Caffeine cache: right for one gateway instance. A bucket is
 * dropped once it would be full again anyway, so idle clients cost no memory.
 */
class InMemoryRateLimitStore implements RateLimitStore {

    /** Bounds memory when many addresses show up (a scan, a botnet). */
    static final long MAX_CLIENTS = 200_000;

    private final ProxyManager<String> buckets;
    private final Map<String, BucketConfiguration> configurations;

    InMemoryRateLimitStore(RateLimitProperties properties, TimeMeter clock) {
        this.buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(MAX_CLIENTS))
                .clientClock(clock)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.configurations = properties.policies().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> configuration(entry.getValue())));
    }

    @Override
    public Mono<RateLimitDecision> tryConsume(String policy, String clientKey) {
        BucketConfiguration configuration = configurations.get(policy);
        if (configuration == null) {
            return Mono.error(new IllegalArgumentException("no rate-limit policy named '" + policy + "'"));
        }
        ConsumptionProbe probe = buckets.builder()
                .build(policy + ":" + clientKey, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return Mono.just(
                probe.isConsumed()
                        ? RateLimitDecision.allow(probe.getRemainingTokens())
                        : RateLimitDecision.deny(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private static BucketConfiguration configuration(RateLimitProperties.Policy policy) {
        return BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(policy.capacity()).refillGreedy(policy.refillTokens(), policy.refillPeriod()))
                .build();
    }
}
