package io.spinecare.gateway.web;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * W3C trace context: a valid {@code traceparent} passes through untouched (with its
 * {@code tracestate}); a missing or malformed one is replaced by a new trace rooted here, so the
 * services' logs and the gateway's access log share one trace id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TraceContextFilter implements WebFilter {

    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";
    static final String TRACE_ID_ATTRIBUTE = TraceContextFilter.class.getName() + ".traceId";

    private static final Pattern VALID = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ALL_ZERO_TRACE = "0".repeat(32);
    private static final String ALL_ZERO_PARENT = "0".repeat(16);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String offered = exchange.getRequest().getHeaders().getFirst(TRACEPARENT);
        if (isValid(offered)) {
            exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, offered.substring(3, 35));
            return chain.filter(exchange);
        }
        String traceId = randomHex(16);
        String traceparent = "00-" + traceId + "-" + randomHex(8) + "-01";
        exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, traceId);
        ServerHttpRequest request = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.set(TRACEPARENT, traceparent);
                    headers.remove(TRACESTATE); // it belonged to the trace we could not continue
                })
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    static boolean isValid(String traceparent) {
        if (traceparent == null || traceparent.length() != 55) {
            return false;
        }
        var matcher = VALID.matcher(traceparent);
        return matcher.matches()
                && !traceparent.startsWith("ff")
                && !ALL_ZERO_TRACE.equals(matcher.group(1))
                && !ALL_ZERO_PARENT.equals(matcher.group(2));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
