package io.spinecare.gateway.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.gateway.testing.ManualTimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class FailureBackoffTest {

    private final ManualTimeMeter clock = new ManualTimeMeter();

    @Test
    void failuresFromManyThreadsAtOnceAreAllCounted() throws Exception {
        int threads = 64;
        int each = 10;
        FailureBackoff backoff = new FailureBackoff(
                new AbuseProperties.Policy(threads * each - 1, Duration.ofSeconds(1), Duration.ofMinutes(1), null),
                clock);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        backoff.failed("desk");
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        // exactly one failure over the free ones: a lost count would leave the key unlocked
        assertThat(backoff.lockedFor("desk")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theLockDoublesUpToTheMaximumAndQuietKeysAreForgotten() {
        FailureBackoff backoff = new FailureBackoff(
                new AbuseProperties.Policy(2, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(10)),
                clock);

        assertThat(backoff.failed("k")).isZero();
        assertThat(backoff.failed("k")).isZero();
        assertThat(backoff.failed("k")).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.failed("k")).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.failed("k")).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.failed("k")).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.lockedFor("other")).isZero();

        clock.advance(Duration.ofMinutes(10));
        assertThat(backoff.lockedFor("k")).isZero();
        assertThat(backoff.failed("k")).isZero();
    }
}
