package io.spinecare.tracefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each finished span becomes one JSON line the local trace page can read, with its parent and service. */
class TraceFileTest {

    @TempDir
    Path directory;

    @Test
    void writesOneLinePerSpanWithItsParentServiceKindAndEscapedAttributes() throws Exception {
        Path file = directory.resolve("traces").resolve("gateway.jsonl");
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new TraceFile(file, "gateway")))
                .build()) {
            var tracer = provider.get("test");
            Span parent = tracer.spanBuilder("http post /api/appointments")
                    .setSpanKind(SpanKind.SERVER)
                    .startSpan();
            Span child = tracer.spanBuilder("child")
                    .setParent(Context.current().with(parent))
                    .setAttribute("note", "say \"hi\"\n")
                    .startSpan();
            child.end();
            parent.end();

            List<String> lines = Files.readAllLines(file);
            assertThat(lines).hasSize(2);
            String parentId = parent.getSpanContext().getSpanId();
            assertThat(lines.get(0))
                    .contains("\"traceId\":\"" + parent.getSpanContext().getTraceId() + "\"")
                    .contains("\"parentSpanId\":\"" + parentId + "\"")
                    .contains("\"service\":\"gateway\"")
                    .contains("\"note\":\"say \\\"hi\\\"\\u000a\"");
            assertThat(lines.get(1))
                    .contains("\"spanId\":\"" + parentId + "\"")
                    .contains("\"name\":\"http post /api/appointments\"")
                    .contains("\"kind\":\"SERVER\"");
        }
    }
}
