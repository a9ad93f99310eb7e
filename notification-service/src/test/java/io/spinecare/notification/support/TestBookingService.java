package io.spinecare.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A real HTTP server playing booking-service's internal contact API (appointments and waitlist offers) and the
 * gateway's token endpoint (ADR 0212). It hands out one bearer token for the test client's secret and answers contact look-ups only
 * with it. booking-service is reached through a {@link TcpProxy}, so a test can make it unreachable.
 */
public final class TestBookingService {

    public static final String CLIENT_SECRET = "test-notification-client-secret";

    private static TestBookingService shared;

    private final HttpServer server;
    private final TcpProxy proxy;
    private final String token = UUID.randomUUID().toString();
    private final Map<String, String> contacts = new ConcurrentHashMap<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile Duration answerDelay = Duration.ZERO;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private boolean reachable = true;

    private TestBookingService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/token", this::issueToken);
        server.createContext("/internal/appointments/", this::contact);
        server.createContext("/internal/waitlist-offers/", this::contact);
        // answers requests side by side, as booking-service does, so a caller's concurrency shows
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        proxy = new TcpProxy("127.0.0.1", server.getAddress().getPort()).start();
    }

    public static synchronized TestBookingService shared() {
        if (shared == null) {
            shared = new TestBookingService();
        }
        return shared;
    }

    public static String bookingServiceUrl() {
        return "http://127.0.0.1:" + shared().proxy.port();
    }

    public static String tokenUri() {
        return "http://127.0.0.1:" + shared().server.getAddress().getPort() + "/token";
    }

    /** booking-service knows this patient for the appointment. */
    public void knows(String appointmentId, String name, String email, String phone) {
        contacts.put(
                "/internal/appointments/" + appointmentId + "/contact",
                "{\"appointmentId\":\"" + appointmentId + "\",\"name\":\"" + name + "\",\"email\":\"" + email
                        + "\",\"phone\":\"" + phone + "\",\"channels\":[\"EMAIL\",\"SMS\"]}");
    }

    /** booking-service knows this patient for the waitlist offer. */
    public void knowsOffer(String offerId, String name, String email, String phone) {
        contacts.put(
                "/internal/waitlist-offers/" + offerId + "/contact",
                "{\"offerId\":\"" + offerId + "\",\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\""
                        + phone + "\",\"channels\":[\"EMAIL\",\"SMS\"]}");
    }

    /** The patient was erased: booking-service answers 404 from now on. */
    public void forgets(String appointmentId) {
        contacts.remove("/internal/appointments/" + appointmentId + "/contact");
    }

    /** Cuts or restores the connection to booking-service (the token endpoint stays up). */
    public synchronized void reachable(boolean reachable) {
        if (reachable == this.reachable) {
            return;
        }
        if (reachable) {
            proxy.start();
        } else {
            proxy.stop();
        }
        this.reachable = reachable;
    }

    public int lookups() {
        return lookups.get();
    }

    /** booking-service answers 503 for this appointment's contact until {@link #recovers}. */
    public void failsFor(String appointmentId) {
        failing.add("/internal/appointments/" + appointmentId + "/contact");
    }

    public void recovers(String appointmentId) {
        failing.remove("/internal/appointments/" + appointmentId + "/contact");
    }

    /** Each contact look-up is answered this much later (a busy booking-service). */
    public void answerAfter(Duration delay) {
        answerDelay = delay;
    }

    /** Starts counting again how many contact look-ups were waiting for their answer at once. */
    public void resetMostInFlight() {
        mostInFlight.set(0);
    }

    /** The most contact look-ups that were waiting for their answer at the same time since the last reset. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void issueToken(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        boolean valid = form.contains("grant_type=client_credentials")
                && form.contains("client_secret=" + CLIENT_SECRET)
                && form.contains("scope=system%2FPatient.read");
        if (!valid) {
            answer(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":900}");
    }

    private void contact(HttpExchange exchange) throws IOException {
        lookups.incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            LockSupport.parkNanos(answerDelay.toNanos()); // the server's own latency
            answerContact(exchange);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void answerContact(HttpExchange exchange) throws IOException {
        if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{}");
            return;
        }
        if (failing.contains(exchange.getRequestURI().getPath())) {
            answer(exchange, 503, "{}");
            return;
        }
        String contact = contacts.get(exchange.getRequestURI().getPath());
        answer(exchange, contact == null ? 404 : 200, contact == null ? "{}" : contact);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
