package io.spinecare.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientRateLimitGatewayFilterFactoryTest {

    @Test
    void aRouteNamingAnUnknownPolicyIsRejectedWhenRoutesAreBuilt() {
        var properties = new RateLimitProperties(
                null, Map.of("public-write", new RateLimitProperties.Policy(3, 3, Duration.ofSeconds(30))));
        var factory = new ClientRateLimitGatewayFilterFactory(null, properties);
        var config = new ClientRateLimitGatewayFilterFactory.Config();
        config.setPolicy("pubic-write");

        assertThatThrownBy(() -> factory.apply(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pubic-write");
    }
}
