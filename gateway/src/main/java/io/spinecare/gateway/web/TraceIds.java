package io.spinecare.gateway.web;

import io.micrometer.tracing.TraceContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace and span id a gateway log line names as {@code trace=<traceId>-<spanId>} (ADR 0800): those of the
 * request's server span, which TraceContextFilter keeps on the exchange. Read from the exchange, not from a thread
 * context, so no automatic context propagation is needed on the reactive threads.
 */
public final class TraceIds {

    static final String ATTRIBUTE = TraceIds.class.getName();

    private TraceIds() {}

    /** {@code <traceId>-<spanId>}, or {@code -} when the request records no span. */
    public static String of(ServerWebExchange exchange) {
        TraceContext trace = exchange.getAttribute(ATTRIBUTE);
        return trace == null ? "-" : trace.traceId() + "-" + trace.spanId();
    }
}
