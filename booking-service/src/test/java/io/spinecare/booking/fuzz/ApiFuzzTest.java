package io.spinecare.booking.fuzz;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.OutboxRelay;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.StaffTokens;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Generative fuzzing of every operation in the committed OpenAPI document (docs/adr/0220): thousands of generated
 * and mutated requests, each of which must answer below 500, answer every 4xx with problem+json, and, when
 * rejected, leave every stored document as it was. Seed, request count and time budget come from {@code fuzz.seed},
 * {@code fuzz.requests} and {@code fuzz.budget} ({@code -Pfuzz-deep} raises them).
 */
class ApiFuzzTest extends IntegrationTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "openapi", "booking-service.json");

    @Autowired
    private OutboxRelay relay;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void releaseTheRelay() {
        relay.pause(false);
    }

    @Test
    void noGeneratedRequestFailsTheServiceOrChangesDataWhenRejected() throws Exception {
        relay.pause(true); // "changes nothing" compares whole documents, outboxes included
        long seed = Long.getLong("fuzz.seed", 12L);
        int target = Integer.getInteger("fuzz.requests", 6_000);
        Duration budget = Duration.parse(System.getProperty("fuzz.budget", "PT150S"));

        ApiOperations api = ApiOperations.read(DOCUMENT);
        Random random = new Random(seed);
        HostileValues values = new HostileValues(random, api, clinic());
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        String stored = database();
        int sent = 0;
        while (sent < target && Duration.ofNanos(System.nanoTime() - start).compareTo(budget) < 0) {
            ApiOperations.Operation operation = values.pick(api.operations());
            HttpRequest request = new FuzzRequests(values, port).build(operation);
            HttpResponse<String> response = answerTo(request);
            sent++;
            if (response == null) {
                failures.add("no answer, twice <- " + request.method() + " " + request.uri());
                continue;
            }
            int status = response.statusCode();
            statuses.merge(operation.method() + " " + operation.path() + " " + status, 1, Integer::sum);
            String after = database();
            String problem = check(response, stored, after);
            if (problem != null && failures.size() < 20) {
                failures.add(problem + " <- " + request.method() + " " + request.uri() + " -> " + status + " "
                        + abbreviated(response.body()));
            }
            stored = after;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(
                "API fuzz (booking-service): %d requests to %d operations in %d s, seed %d; 2xx %d, 4xx %d, 5xx %d%n",
                sent,
                api.operations().size(),
                took.toSeconds(),
                seed,
                count(statuses, '2'),
                count(statuses, '4'),
                count(statuses, '5'));
        assertThat(failures).as("requests the service mishandled").isEmpty();
        assertThat(sent).as("requests sent within the budget").isGreaterThanOrEqualTo(Math.min(target, 5_000));
    }

    /**
     * The answer, or null when the connection failed twice. A pooled keep-alive connection the server closed a
     * moment earlier fails once on a busy machine; a request that makes the service drop the connection fails again.
     */
    private HttpResponse<String> answerTo(HttpRequest request) throws InterruptedException {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException connectionFailed) {
                // try once more on a new connection
            }
        }
        return null;
    }

    private static int count(Map<String, Integer> statuses, char statusClass) {
        return statuses.entrySet().stream()
                .filter(e -> e.getKey().charAt(e.getKey().length() - 3) == statusClass)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** What is wrong with one answer, or null. */
    private static String check(HttpResponse<String> response, String before, String after) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error";
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return "4xx without problem+json";
            }
            if (!before.equals(after)) {
                return "rejected request changed stored documents";
            }
        }
        return null;
    }

    /** A specialist with slots, one booking: ids the generator reuses so requests get past "not found". */
    private List<String> clinic() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        List<String> ids = new ArrayList<>(slots.subList(0, 4));
        ids.addAll(List.of(
                booked.string("reference"),
                booked.string("id"),
                booked.string("manageToken"),
                "dr-rao",
                "herniated-disc",
                "lumbar-discectomy",
                StaffTokens.frontDesk()));
        return ids;
    }

    /** Count and hash of every stored document, per collection. */
    private String database() throws Exception {
        StringBuilder summary = new StringBuilder();
        for (String collection : new java.util.TreeSet<>(mongo.getCollectionNames())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<String> documents = new ArrayList<>();
            mongo.getCollection(collection).find().forEach((Document d) -> documents.add(d.toJson()));
            documents.stream().sorted().forEach(d -> digest.update(d.getBytes(StandardCharsets.UTF_8)));
            summary.append(collection).append(':').append(documents.size()).append(':');
            summary.append(java.util.HexFormat.of().formatHex(digest.digest())).append(' ');
        }
        return summary.toString();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
