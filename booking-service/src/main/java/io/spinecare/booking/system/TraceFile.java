package io.spinecare.booking.system;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes finished spans as JSON lines to a file, for the local stack's trace page (ADR 0800): one line a span with
 * its trace and parent ids, name, kind, service, start and end (epoch nanoseconds) and attributes. The same class
 * is in both services on purpose, like the store's health check: they share no Spring library.
 */
final class TraceFile implements SpanExporter {

    private final Path file;
    private final String service;

    TraceFile(Path file, String service) throws IOException {
        Files.createDirectories(file.getParent());
        this.file = file;
        this.service = service;
    }

    @Override
    public synchronized CompletableResultCode export(Collection<SpanData> spans) {
        StringBuilder lines = new StringBuilder();
        for (SpanData span : spans) {
            lines.append(line(span)).append('\n');
        }
        try {
            Files.writeString(
                    file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return CompletableResultCode.ofSuccess();
        } catch (IOException | UncheckedIOException e) {
            return CompletableResultCode.ofFailure();
        }
    }

    private String line(SpanData span) {
        Map<AttributeKey<?>, Object> attributes = span.getAttributes().asMap();
        String tags = attributes.entrySet().stream()
                .map(e -> quoted(e.getKey().getKey()) + ":" + quoted(String.valueOf(e.getValue())))
                .collect(Collectors.joining(","));
        return "{\"traceId\":" + quoted(span.getTraceId()) + ",\"spanId\":" + quoted(span.getSpanId())
                + ",\"parentSpanId\":" + quoted(span.getParentSpanId()) + ",\"name\":" + quoted(span.getName())
                + ",\"kind\":" + quoted(span.getKind().name()) + ",\"service\":" + quoted(service)
                + ",\"start\":" + span.getStartEpochNanos() + ",\"end\":" + span.getEndEpochNanos()
                + ",\"attributes\":{" + tags + "}}";
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
