package io.spinecare.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small real HTTP server standing in for a SpineCare service on a local port: it records what
 * reached it, answers JSON, can hang on chosen paths (a slow service) and can be stopped and
 * started again on the same port (a crashed and restarted service).
 */
public final class TestBackend {

    /** One request as the backend received it; header names are case-insensitive. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final String name;
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> hangingPrefixes = ConcurrentHashMap.newKeySet();
    private final List<HttpExchange> hanging = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failingPrefixes = new ConcurrentHashMap<>();
    private volatile HttpServer server;
    private volatile int port;

    private TestBackend(String name) {
        this.name = name;
    }

    public static TestBackend start(String name) {
        TestBackend backend = new TestBackend(name);
        backend.listen(0);
        return backend;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        hanging.clear();
    }

    /** Starts again on the same port. */
    public synchronized void restart() {
        if (server == null) {
            listen(port);
        }
    }

    /** Requests whose path starts with {@code prefix} get no answer until {@link #reset()}. */
    public void hangOn(String prefix) {
        hangingPrefixes.add(prefix);
    }

    /** Requests whose path starts with {@code prefix} are answered with {@code status}. */
    public void failOn(String prefix, int status) {
        failingPrefixes.put(prefix, status);
    }

    /** Answers every request held by {@link #hangOn} so far, and stops holding new ones. */
    public void answerHeld() {
        hangingPrefixes.clear();
        for (HttpExchange exchange : hanging) {
            try {
                respond(exchange, exchange.getRequestURI().getRawPath());
            } catch (IOException e) {
                exchange.close();
            }
        }
        hanging.clear();
    }

    /** Forgets what was received, stops hanging and makes sure the server runs. */
    public void reset() {
        hangingPrefixes.clear();
        failingPrefixes.clear();
        hanging.forEach(HttpExchange::close);
        hanging.clear();
        received.clear();
        restart();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received lastReceived() {
        if (received.isEmpty()) {
            throw new AssertionError(name + " received no request");
        }
        return received.get(received.size() - 1);
    }

    private void listen(int requestedPort) {
        try {
            HttpServer created =
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 64);
            created.setExecutor(workers);
            created.createContext("/", this::handle);
            created.start();
            server = created;
            port = created.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key, List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body));
        if (hangingPrefixes.stream().anyMatch(path::startsWith)) {
            hanging.add(exchange); // never answered: the gateway's time limit must step in
            return;
        }
        respond(exchange, path);
    }

    private void respond(HttpExchange exchange, String path) throws IOException {
        String json = path.equals("/v3/api-docs") ? openApiDocument() : echo(exchange.getRequestMethod(), path);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        int status = failingPrefixes.entrySet().stream()
                .filter(failing -> path.startsWith(failing.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(exchange.getRequestMethod().equals("POST") ? 201 : 200);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String echo(String method, String path) {
        return "{\"service\":\"" + name + "\",\"method\":\"" + method + "\",\"path\":\"" + path + "\"}";
    }

    private String openApiDocument() {
        return "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "-service\",\"version\":\"1\"},"
                + "\"servers\":[{\"url\":\"" + url() + "\"}],\"paths\":{}}";
    }
}
