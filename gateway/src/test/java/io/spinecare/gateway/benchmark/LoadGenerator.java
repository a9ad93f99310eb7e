package io.spinecare.gateway.benchmark;

import io.netty.handler.codec.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A closed-loop HTTP load generator: {@code connections} virtual users each send the next GET as
 * soon as the previous answer arrived, for a fixed time; every latency is kept.
 */
final class LoadGenerator {

    record Result(String scenario, long requests, long errors, Duration elapsed, long[] latenciesNanos) {

        double throughput() {
            return requests / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double percentile) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(percentile / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(index, latenciesNanos.length - 1))] / 1e6;
        }
    }

    private final int connections;

    LoadGenerator(int connections) {
        this.connections = connections;
    }

    Result run(String scenario, String url, List<String[]> headers, Duration duration) {
        ConnectionProvider pool = ConnectionProvider.builder(scenario)
                .maxConnections(connections)
                .pendingAcquireMaxCount(-1)
                .build();
        HttpClient client = HttpClient.create(pool).headers(h -> addAll(h, headers));
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<long[]> perUser = Flux.range(0, connections)
                .flatMap(user -> virtualUser(client, url, deadline, errors), connections)
                .collectList()
                .block();
        long elapsed = System.nanoTime() - started;
        pool.disposeLater().block();
        long[] all = perUser.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(scenario, all.length, errors.get(), Duration.ofNanos(elapsed), all);
    }

    private static Mono<long[]> virtualUser(HttpClient client, String url, long deadline, AtomicLong errors) {
        List<Long> latencies = new ArrayList<>();
        return Mono.defer(() -> {
                    long sent = System.nanoTime();
                    return client.get()
                            .uri(url)
                            .responseSingle((response, body) -> body.asByteArray()
                                    .defaultIfEmpty(new byte[0])
                                    .map(bytes -> response.status().code()))
                            .doOnNext(status -> {
                                if (status == 200) {
                                    latencies.add(System.nanoTime() - sent);
                                } else {
                                    errors.incrementAndGet();
                                }
                            })
                            .onErrorResume(error -> {
                                errors.incrementAndGet();
                                return Mono.empty();
                            });
                })
                .repeat(() -> System.nanoTime() < deadline)
                .then(Mono.fromSupplier(
                        () -> latencies.stream().mapToLong(Long::longValue).toArray()));
    }

    private static void addAll(HttpHeaders target, List<String[]> headers) {
        headers.forEach(header -> target.add(header[0], header[1]));
    }
}
