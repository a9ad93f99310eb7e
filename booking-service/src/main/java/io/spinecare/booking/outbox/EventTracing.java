package io.spinecare.booking.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Carries a request's trace across the outbox (ADR 0800): the relay publishes on its own thread, long after the
 * request's span ended, so each entry stores the W3C {@code traceparent} it was recorded under, and the relay
 * publishes it inside a span of that trace. Kafka's producer observation then writes the trace into the record's
 * headers for the consumers.
 */
@Component
public class EventTracing {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    @Autowired
    EventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        this(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without tracing: entries carry no trace and are published as they are. */
    public static EventTracing none() {
        return new EventTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The trace the current thread works in, as a W3C {@code traceparent}; null outside any trace. */
    String current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code publish} in a producer span of the recorded trace, or as it is when none was recorded. */
    <T> T within(String traceparent, String eventType, Supplier<T> publish) {
        if (traceparent == null) {
            return publish.get();
        }
        Span span = propagator
                .extract(Map.of(TRACEPARENT, traceparent), Map::get)
                .name("outbox relay " + eventType)
                .kind(Span.Kind.PRODUCER)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return publish.get();
        } finally {
            span.end();
        }
    }
}
