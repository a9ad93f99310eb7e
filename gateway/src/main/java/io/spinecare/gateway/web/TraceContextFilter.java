package io.spinecare.gateway.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The forwarded request continues the gateway's server span (ADR 0800): its {@code traceparent} names the caller's
 * trace (or the one the gateway started when the caller sent none or an invalid one) and the gateway's span as the
 * parent, so the services' spans become that span's children. The span itself is WebFlux's request observation; this
 * filter only hands its context on, which costs no second span. Without a recorded span (tracing switched off) the
 * request is forwarded as it came.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceContextFilter implements WebFilter {

    static final String TRACESTATE = "tracestate";

    private final Propagator propagator;

    TraceContextFilter(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        TraceContext trace = serverSpan(exchange);
        if (trace == null) {
            return chain.filter(exchange);
        }
        exchange.getAttributes().put(TraceIds.ATTRIBUTE, trace);
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.remove(TRACESTATE); // written again from the span when the caller's was continued
                    propagator.inject(trace, headers, HttpHeaders::set);
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The trace context of this request's server span, or null when no tracer records it. */
    private static TraceContext serverSpan(ServerWebExchange exchange) {
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .orElse(null);
        return span == null || span.context().traceId().isEmpty() ? null : span.context();
    }
}
