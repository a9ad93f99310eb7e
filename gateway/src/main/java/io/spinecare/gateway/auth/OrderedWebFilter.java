package io.spinecare.gateway.auth;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** A lambda web filter with a place in the chain. */
record OrderedWebFilter(int order, WebFilter delegate) implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return delegate.filter(exchange, chain);
    }

    @Override
    public int getOrder() {
        return order;
    }

    /** The filter chain names every filter on every request: keep that cheap (a record would print the lambda). */
    @Override
    public String toString() {
        return "OrderedWebFilter";
    }
}
