package io.spinecare.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.gateway.testing.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each route's breaker state is a gauge the breaker-open alert reads (deploy/observability, ADR 0800). */
class BreakerMetricsTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aRoutesBreakerStateIsExposedAndFollowsTheBreaker() {
        // the route's first call creates its breaker, whatever it answers on a busy machine
        client().get().uri("/api/catalog/conditions").exchange();
        assertThat(state("booking-public-read", "closed")).isEqualTo(1.0);
        assertThat(state("booking-public-read", "open")).isEqualTo(0.0);

        circuitBreakers.circuitBreaker("booking-public-read").transitionToOpenState();

        assertThat(state("booking-public-read", "open")).isEqualTo(1.0);
        assertThat(state("booking-public-read", "closed")).isEqualTo(0.0);
        assertThat(circuitBreakers.circuitBreaker("booking-public-read").getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
    }

    private double state(String breaker, String state) {
        return meters.get("resilience4j.circuitbreaker.state")
                .tag("name", breaker)
                .tag("state", state)
                .gauge()
                .value();
    }
}
