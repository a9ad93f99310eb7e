package io.spinecare.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Closed-loop load: {@code clients} threads each send one request after the other. */
final class Load {

    /** What one scenario measured. Latencies in milliseconds. */
    record Result(String name, int requests, int failures, double seconds, double p50, double p90, double p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    private Load() {}

    /** Runs for {@code duration}; {@code call} gets a sequence number and returns the HTTP status. */
    static Result during(String name, int clients, Duration duration, IntFunction<Integer> call, int okStatus) {
        long end = System.nanoTime() + duration.toNanos();
        return run(name, clients, n -> System.nanoTime() < end, call, okStatus);
    }

    /** Runs exactly {@code total} calls spread over the clients. */
    static Result count(String name, int clients, int total, IntFunction<Integer> call, int okStatus) {
        return run(name, clients, n -> n < total, call, okStatus);
    }

    private static Result run(
            String name, int clients, java.util.function.IntPredicate more, IntFunction<Integer> call, int okStatus) {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    for (int n = sequence.getAndIncrement(); more.test(n); n = sequence.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        int status = call.apply(n);
                        latencies.add(System.nanoTime() - t0);
                        if (status != okStatus) {
                            failures.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            client.start();
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(
                name,
                sorted.size(),
                failures.get(),
                seconds,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99));
    }

    static double percentile(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = Math.min(sortedNanos.size() - 1, (int) Math.ceil(sortedNanos.size() * p / 100.0) - 1);
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }
}
