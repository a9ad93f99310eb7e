package io.spinecare.gateway.ratelimit;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.stereotype.Component;

/**
 * Route filter {@code ClientRateLimit=<policy>}: a per-client limit with a problem+json 429.
 * Used instead of the built-in RequestRateLimiter, whose rejection has no body and no
 * Retry-After, and whose default key is the principal (anonymous patients would get 403).
 */
@Component
class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    private final RateLimits rateLimits;
    private final RateLimitProperties properties;

    ClientRateLimitGatewayFilterFactory(RateLimits rateLimits, RateLimitProperties properties) {
        super(Config.class);
        this.rateLimits = rateLimits;
        this.properties = properties;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("policy");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String policy = config.getPolicy();
        properties.policy(policy); // a route naming an unknown policy fails when routes are built, not per request
        return (exchange, chain) -> rateLimits.guard(policy, exchange, chain.filter(exchange));
    }

    public static class Config {

        private String policy;

        public String getPolicy() {
            return policy;
        }

        public void setPolicy(String policy) {
            this.policy = policy;
        }
    }
}
