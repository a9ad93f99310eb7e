package io.spinecare.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The local trace viewer (ADR 0800): the services write their finished spans to {@code <data>/traces/*.jsonl};
 * this page lists the traces, newest first, and shows one as a tree of spans with service, kind and timing.
 */
final class TracePage implements AutoCloseable {

    /** One span as the services' trace files hold it. */
    record Span(
            String traceId,
            String spanId,
            String parentSpanId,
            String name,
            String kind,
            String service,
            long start,
            long end) {

        double millis() {
            return (end - start) / 1_000_000.0;
        }
    }

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");

    private final HttpServer server;

    private TracePage(HttpServer server) {
        this.server = server;
    }

    static TracePage start(Path traces, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> respond(exchange, list(read(traces))));
        server.createContext("/trace", exchange -> respond(exchange, trace(read(traces), exchange)));
        server.start();
        return new TracePage(server);
    }

    static List<Span> read(Path traces) throws IOException {
        if (!Files.isDirectory(traces)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>();
        try (Stream<Path> files = Files.list(traces)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("{")) {
                        spans.add(new Span(
                                field(line, "traceId"),
                                field(line, "spanId"),
                                field(line, "parentSpanId"),
                                field(line, "name"),
                                field(line, "kind"),
                                field(line, "service"),
                                number(line, "start"),
                                number(line, "end")));
                    }
                }
            }
        }
        return spans;
    }

    private static String list(List<Span> spans) {
        Map<String, List<Span>> traces = spans.stream().collect(Collectors.groupingBy(Span::traceId));
        StringBuilder rows = new StringBuilder();
        traces.values().stream()
                .sorted(Comparator.comparingLong((List<Span> t) -> first(t).start())
                        .reversed())
                .limit(200)
                .forEach(trace -> rows.append("<tr><td><a href=\"/trace?id=")
                        .append(first(trace).traceId())
                        .append("\">")
                        .append(escape(first(trace).name()))
                        .append("</a></td><td>")
                        .append(trace.stream()
                                .map(Span::service)
                                .distinct()
                                .sorted()
                                .collect(Collectors.joining(", ")))
                        .append("</td><td>")
                        .append(trace.size())
                        .append("</td></tr>"));
        return page(
                "Traces (" + traces.size() + ")",
                "<table><tr><th>First span</th><th>Services</th><th>Spans</th></tr>" + rows + "</table>");
    }

    private static String trace(List<Span> spans, HttpExchange exchange) {
        String query = exchange.getRequestURI().getQuery();
        String id = query != null && query.startsWith("id=") ? query.substring(3) : "";
        List<Span> trace = spans.stream().filter(s -> s.traceId().equals(id)).toList();
        if (!TRACE_ID.matcher(id).matches() || trace.isEmpty()) {
            return page("No such trace", "<p><a href=\"/\">All traces</a></p>");
        }
        long origin = first(trace).start();
        Map<String, Span> byId = new LinkedHashMap<>();
        trace.forEach(s -> byId.put(s.spanId(), s));
        StringBuilder rows = new StringBuilder();
        trace.stream().sorted(Comparator.comparingLong(Span::start)).forEach(s -> rows.append("<tr><td>")
                .append("&nbsp;&nbsp;".repeat(depth(s, byId)))
                .append(escape(s.name()))
                .append("</td><td>")
                .append(escape(s.service()))
                .append("</td><td>")
                .append(s.kind())
                .append(String.format(
                        "</td><td>+%.1f ms</td><td>%.1f ms</td></tr>", (s.start() - origin) / 1e6, s.millis())));
        return page(
                "Trace " + id,
                "<p><a href=\"/\">All traces</a></p><table><tr><th>Span</th><th>Service</th><th>Kind</th>"
                        + "<th>Starts</th><th>Takes</th></tr>" + rows + "</table>");
    }

    private static int depth(Span span, Map<String, Span> byId) {
        int depth = 0;
        for (Span s = byId.get(span.parentSpanId()); s != null && depth < 50; s = byId.get(s.parentSpanId())) {
            depth++;
        }
        return depth;
    }

    private static Span first(List<Span> trace) {
        return trace.stream().min(Comparator.comparingLong(Span::start)).orElseThrow();
    }

    private static String field(String line, String name) {
        Matcher m =
                Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "";
    }

    private static long number(String line, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SpineCare local traces: "
                + escape(title) + "</title><style>body{font-family:sans-serif;margin:2rem}td,th{padding:.2rem .8rem;"
                + "text-align:left}</style></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
