package io.spinecare.notification.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** ADR 0213: keys side by side, each key's records in offset order, the earliest failure reported. */
class KeyOrderedBatchTest {

    private final KeyOrderedBatch batch = new KeyOrderedBatch(8, "test-worker-");
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final Map<String, List<Long>> seen = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        batch.close();
    }

    @Test
    void threeConsumersAtOnceHandleManyKeysSideBySideAndEachKeyInOffsetOrder() throws Exception {
        ExecutorService partitions = Executors.newFixedThreadPool(3);
        List<Future<?>> polls = new ArrayList<>();
        for (int partition = 0; partition < 3; partition++) {
            List<ConsumerRecord<String, String>> records = interleaved(partition, 20, 15);
            polls.add(partitions.submit(() -> batch.handle(records, this::handleSlowly)));
        }
        for (Future<?> poll : polls) {
            poll.get();
        }
        partitions.shutdown();

        assertThat(seen).hasSize(60);
        seen.forEach((key, offsets) ->
                assertThat(offsets).as("offsets handled for " + key).hasSize(15).isSorted());
        assertThat(mostInFlight.get()).as("records handled at the same time").isGreaterThan(3);
    }

    @Test
    void aFailedKeyStopsAtItsFailureOtherKeysGoOnAndTheEarliestFailureIsReported() {
        List<ConsumerRecord<String, String>> records = interleaved(0, 4, 5); // index = offset * 4 + key number
        int firstFailure = 2 * 4 + 1; // key p0-k1, its third record
        int laterFailure = 3 * 4 + 2; // key p0-k2, its fourth record

        assertThatThrownBy(() -> batch.handle(records, record -> {
                    int index = records.indexOf(record);
                    if (index == firstFailure || index == laterFailure) {
                        throw new IllegalStateException("cannot handle " + index);
                    }
                    handleSlowly(record);
                }))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getIndex()).isEqualTo(firstFailure);
                    assertThat(e.getCause()).hasMessage("cannot handle " + firstFailure);
                });

        assertThat(seen.get("p0-k0")).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(seen.get("p0-k1")).as("nothing after its failure").containsExactly(0L, 1L);
        assertThat(seen.get("p0-k2")).containsExactly(0L, 1L, 2L);
        assertThat(seen.get("p0-k3")).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void onceStoppedABatchIsRefusedSoItIsPolledAgainNotLost() {
        batch.close();

        assertThatThrownBy(() -> batch.handle(interleaved(0, 2, 1), this::handleSlowly))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(seen).isEmpty();
    }

    /** {@code perKey} records for each of {@code keys} keys, the keys taking turns as a poll returns them. */
    private static List<ConsumerRecord<String, String>> interleaved(int partition, int keys, int perKey) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (long offset = 0; offset < perKey; offset++) {
            for (int k = 0; k < keys; k++) {
                records.add(new ConsumerRecord<>(
                        "spinecare.appointments", partition, offset, "p" + partition + "-k" + k, "event"));
            }
        }
        return records;
    }

    private void handleSlowly(ConsumerRecord<String, String> record) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        LockSupport.parkNanos(Duration.ofMillis(2).toNanos()); // a look-up's wait
        seen.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>()).add(record.offset());
        inFlight.decrementAndGet();
    }
}
