package io.spinecare.notification.appointment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Handles one polled batch with several records at a time (ADR 0213): the records of one key (one
 * appointment or series) one after another in offset order, different keys side by side. Handling an
 * event mostly waits (booking-service, the store, the SMTP server), so three partitions handled one record
 * at a time left those waits end to end.
 *
 * <p>A key whose record fails stops there; the other keys go on. Then the earliest failed record is
 * reported, so the error handler commits what lies before it and retries (or dead-letters) from it. Records
 * after it that were handled already are handled again: every step of handling is idempotent.
 */
final class KeyOrderedBatch implements AutoCloseable {

    private final ExecutorService workers;

    KeyOrderedBatch(int threads, String threadName) {
        AtomicInteger count = new AtomicInteger();
        // Up to `threads`, started only when all are busy; the most recently idle one takes the next key (the
        // hand-off queue is last in, first out), so a trickle of events keeps one warm thread, as before. When
        // all are busy the consumer's own thread handles the key; once stopped, a key is refused, not dropped.
        this.workers = new ThreadPoolExecutor(
                0,
                threads,
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                task -> {
                    Thread thread = new Thread(task, threadName + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("stopped: the batch is handled again after a restart");
                    }
                    task.run();
                });
    }

    <K, V> void handle(List<ConsumerRecord<K, V>> records, Consumer<ConsumerRecord<K, V>> handler) {
        Map<K, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byKey.computeIfAbsent(records.get(i).key(), k -> new ArrayList<>()).add(i);
        }
        List<CompletableFuture<Failure>> keys = byKey.values().stream()
                .map(indexes -> CompletableFuture.supplyAsync(() -> inOrder(records, indexes, handler), workers))
                .toList();
        keys.stream()
                .map(KeyOrderedBatch::join)
                .filter(Objects::nonNull)
                .min((a, b) -> Integer.compare(a.index(), b.index()))
                .ifPresent(first -> {
                    throw new BatchListenerFailedException(
                            "record " + first.index() + " of the batch failed", first.cause(), first.index());
                });
    }

    /** Handles one key's records in order; the first that fails ends the key's turn. */
    private static <K, V> Failure inOrder(
            List<ConsumerRecord<K, V>> records, List<Integer> indexes, Consumer<ConsumerRecord<K, V>> handler) {
        for (int index : indexes) {
            try {
                handler.accept(records.get(index));
            } catch (RuntimeException e) {
                return new Failure(index, e);
            }
        }
        return null;
    }

    private static Failure join(CompletableFuture<Failure> key) {
        try {
            return key.join();
        } catch (CompletionException e) {
            // an Error from a handler: nothing to retry in order, let the container see it
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        workers.shutdown();
    }

    private record Failure(int index, RuntimeException cause) {}
}
