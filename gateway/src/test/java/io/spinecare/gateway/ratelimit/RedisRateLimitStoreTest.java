package io.spinecare.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a policy maps onto Spring Cloud Gateway's Redis token bucket (whole tokens per second). */
class RedisRateLimitStoreTest {

    @Test
    void aPolicyOfAtLeastOnePerSecondMapsDirectly() {
        var config = RedisRateLimitStore.toRedis(new RateLimitProperties.Policy(50, 10, Duration.ofSeconds(1)));

        assertThat(config.getReplenishRate()).isEqualTo(10);
        assertThat(config.getBurstCapacity()).isEqualTo(50);
        assertThat(config.getRequestedTokens()).isEqualTo(1);
    }

    @Test
    void aSlowerPolicyMakesEachRequestCostSeveralTokens() {
        var config = RedisRateLimitStore.toRedis(new RateLimitProperties.Policy(10, 10, Duration.ofMinutes(5)));

        assertThat(config.getReplenishRate()).isEqualTo(1);
        assertThat(config.getRequestedTokens()).isEqualTo(30);
        assertThat(config.getBurstCapacity()).isEqualTo(300);
    }
}
