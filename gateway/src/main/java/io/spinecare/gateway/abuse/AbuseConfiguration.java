package io.spinecare.gateway.abuse;

import io.github.bucket4j.TimeMeter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two failure limits; their clock is the rate limits' (tests move it forward instead of waiting). */
@Configuration(proxyBeanMethods = false)
class AbuseConfiguration {

    @Bean
    LoginLockout loginLockout(AbuseProperties properties, ObjectProvider<TimeMeter> clock) {
        return new LoginLockout(
                new FailureBackoff(properties.login(), clock.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS)));
    }

    @Bean
    ManageLookupFailures manageLookupFailures(AbuseProperties properties, ObjectProvider<TimeMeter> clock) {
        return new ManageLookupFailures(new FailureBackoff(
                properties.manageLookup(), clock.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS)));
    }
}
