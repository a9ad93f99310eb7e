package io.spinecare.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One line per request without personal data: no query string (it may carry search terms or
 * tokens), no headers, no bodies, no client address, and appointment references masked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class AccessLogFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("io.spinecare.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> log(exchange, started));
    }

    private static void log(ServerWebExchange exchange, long started) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        log.info(
                "{} {} {} {}ms route={} requestId={} trace={}",
                exchange.getRequest().getMethod(),
                LoggedPaths.mask(exchange.getRequest().getPath().value()),
                status != null ? status.value() : "-",
                (System.nanoTime() - started) / 1_000_000,
                route != null ? route.getId() : "-",
                RequestIds.of(exchange),
                TraceIds.of(exchange));
    }
}
