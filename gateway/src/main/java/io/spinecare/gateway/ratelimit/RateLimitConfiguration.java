package io.spinecare.gateway.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.gateway.client.ClientAddresses;
import io.spinecare.gateway.web.ProblemResponses;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Picks the store: Bucket4j in memory by default, Redis when {@code store=redis}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    RateLimitStore rateLimitStore(
            RateLimitProperties properties,
            ObjectProvider<TimeMeter> clock,
            ObjectProvider<ReactiveStringRedisTemplate> redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) ObjectProvider<RedisScript<List<Long>>> script) {
        if (properties.store() == RateLimitProperties.Store.REDIS) {
            return new RedisRateLimitStore(properties, redis.getObject(), script.getObject());
        }
        // the buckets' clock: the system's, unless a TimeMeter bean is given (tests move theirs forward)
        return new InMemoryRateLimitStore(properties, clock.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS));
    }

    @Bean
    RateLimits rateLimits(
            RateLimitStore store,
            ClientAddresses clients,
            ProblemResponses problems,
            RateLimitProperties properties,
            MeterRegistry meters) {
        return new RateLimits(store, clients, problems, properties, meters);
    }
}
