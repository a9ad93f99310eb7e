package io.spinecare.gateway.abuse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failures, beside the per-client request rates of {@code spinecare.gateway.rate-limit}.
 *
 * @param login per account: password guessing spread over many addresses still slows down
 * @param manageLookup per client: manage-link guessing (answers 401, 403 or 404 from the manage routes)
 */
@ConfigurationProperties("spinecare.gateway.abuse")
public record AbuseProperties(Policy login, Policy manageLookup) {

    /**
     * {@code freeFailures} go unpunished; each further failure locks the key for {@code firstLock}, doubling
     * up to {@code maxLock}; failures older than {@code forgetAfter} (counted from the last one) are forgotten.
     */
    public record Policy(int freeFailures, Duration firstLock, Duration maxLock, Duration forgetAfter) {

        public Policy {
            if (freeFailures < 0 || firstLock == null || firstLock.isZero() || firstLock.isNegative()) {
                throw new IllegalArgumentException("an abuse policy needs free-failures >= 0 and a first-lock");
            }
            maxLock = maxLock == null || maxLock.compareTo(firstLock) < 0 ? firstLock : maxLock;
            forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
        }
    }

    public AbuseProperties {
        login = login == null ? new Policy(5, Duration.ofSeconds(2), Duration.ofMinutes(15), null) : login;
        manageLookup =
                manageLookup == null ? new Policy(10, Duration.ofSeconds(30), Duration.ofHours(1), null) : manageLookup;
    }
}
