package io.spinecare.gateway.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Gives the rate-limit buckets a clock the tests move forward instead of waiting. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    ManualTimeMeter rateLimitClock() {
        return new ManualTimeMeter();
    }
}
