package io.spinecare.booking.bench;

import io.spinecare.booking.BookingServiceApplication;
import io.spinecare.booking.support.MongoBackend;
import io.spinecare.booking.support.StaffTokens;
import io.spinecare.booking.support.TestBackends;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bookings per second and latency of {@code POST /api/appointments} over real HTTP, with many
 * concurrent clients, (a) each on its own slot and (b) all on one hot slot at a time. Not a test:
 * run it with {@code booking-service/bench.sh} (see README). The service, its store
 * (mongo-java-server unless Docker is there) and the clients share one JVM and the machine's cores,
 * so the figures are a floor, not a ceiling.
 */
public final class BookingBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String staffToken = StaffTokens.frontDesk();

    private BookingBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // the embedded store's network threads would keep the JVM alive
        }
    }

    private static void run(String[] args) throws Exception {
        int clients = intArg(args, 0, 32);
        int specialists = intArg(args, 1, 40);
        int distinctBookings = intArg(args, 2, 4000);
        int hotRounds = intArg(args, 3, 150);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(
                        BookingServiceApplication.class, TestBackends.class)
                .profiles("test")
                .run("--server.port=0", "--logging.level.root=warn", "--spinecare.booking.repair.enabled=false");
        try {
            String port = service.getEnvironment().getProperty("local.server.port");
            BookingBenchmark bench = new BookingBenchmark("http://localhost:" + port);
            List<String> slots = bench.seed(specialists);
            System.out.printf(
                    "%nSpineCare booking benchmark: %d cores, %s, %d slots, %d clients%n",
                    Runtime.getRuntime().availableProcessors(), MongoBackend.kind(), slots.size(), clients);
            int next = 0;
            bench.distinct("warm-up (not reported)", slots.subList(next, next += 600), clients);
            bench.distinct("distinct slots", slots.subList(next, next += distinctBookings), clients);
            bench.hot("one hot slot", slots.subList(next, next += hotRounds), clients);
        } finally {
            service.close();
        }
    }

    /** Specialists with eight hours of 30-minute slots every weekday for twelve weeks. */
    private List<String> seed(int specialists) throws Exception {
        List<String> slotIds = new ArrayList<>();
        for (int i = 0; i < specialists; i++) {
            String id = "dr-bench-" + i;
            send(
                    "POST",
                    "/api/desk/specialists",
                    """
                    {"id":"%s","name":"Dr Bench %d","subSpecialty":"Spine","conditionIds":["herniated-disc"],
                     "consultationTypes":["NEW_CONSULTATION","FOLLOW_UP"],"modes":["IN_PERSON"]}"""
                            .formatted(id, i),
                    true);
            StringBuilder windows = new StringBuilder();
            for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
                windows.append(windows.isEmpty() ? "" : ",")
                        .append("{\"day\":\"%s\",\"start\":\"09:00\",\"end\":\"17:00\",\"slotMinutes\":30}"
                                .formatted(day));
            }
            send("PUT", "/api/desk/specialists/" + id + "/availability", "{\"weekly\":[" + windows + "]}", true);
            send(
                    "POST",
                    "/api/desk/slots/generate",
                    "{\"specialistId\":\"%s\",\"from\":\"2030-06-04\",\"to\":\"2030-08-26\"}".formatted(id),
                    true);
        }
        for (LocalDate day = LocalDate.of(2030, 6, 4); day.isBefore(LocalDate.of(2030, 8, 27)); day = day.plusDays(1)) {
            JsonNode agenda = JSON.readTree(
                    send("GET", "/api/desk/agenda?date=" + day, null, true).body());
            agenda.path("slots").forEach(slot -> slotIds.add(slot.path("id").asString()));
        }
        java.util.Collections.shuffle(slotIds, new java.util.Random(42));
        return slotIds;
    }

    /** Every client books its own slots, one after another. */
    private void distinct(String name, List<String> slots, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger booked = new AtomicInteger();
        long started = System.nanoTime();
        runClients(clients, () -> {
            int i;
            while ((i = next.getAndIncrement()) < slots.size()) {
                long t0 = System.nanoTime();
                int status = book(slots.get(i), name.replaceAll("[^A-Za-z0-9]+", "-") + i);
                latencies.add(System.nanoTime() - t0);
                if (status == 201) {
                    booked.incrementAndGet();
                }
            }
        });
        report(name, latencies, booked.get(), System.nanoTime() - started);
    }

    /** All clients race for the same slot; when it is gone, everyone moves to the next one. */
    private void hot(String name, List<String> slots, int clients) throws Exception {
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger booked = new AtomicInteger();
        long started = System.nanoTime();
        for (String slot : slots) {
            runClients(clients, () -> {
                long t0 = System.nanoTime();
                int status = book(slot, null);
                latencies.add(System.nanoTime() - t0);
                if (status == 201) {
                    booked.incrementAndGet();
                }
            });
        }
        if (booked.get() != slots.size()) {
            throw new IllegalStateException("expected one booking per hot slot, got " + booked.get());
        }
        report(name, latencies, booked.get(), System.nanoTime() - started);
    }

    private int book(String slotId, String idempotencyKey) {
        String body =
                """
                {"slotId":"%s","consultationType":"FOLLOW_UP","conditionId":"herniated-disc",
                 "patient":{"name":"Bench Patient","email":"bench@example.org","phone":"+91 98765 43210",
                            "dateOfBirth":"1980-01-01"}}"""
                        .formatted(slotId);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/appointments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey + "-bench");
        }
        try {
            int status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("booking answered " + status);
            }
            return status;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void runClients(int clients, Runnable client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(client));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void report(String name, List<Long> latencies, int booked, long elapsedNanos) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double seconds = elapsedNanos / 1e9;
        System.out.printf(
                "%-24s requests %6d  bookings %5d  %8.1f bookings/s  %8.1f requests/s  p50 %6.1f ms  p99 %6.1f ms%n",
                name,
                sorted.length,
                booked,
                booked / seconds,
                sorted.length / seconds,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private HttpResponse<String> send(String method, String path, String body, boolean staff) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (staff) {
            request.header("Authorization", "Bearer " + staffToken);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static int intArg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
