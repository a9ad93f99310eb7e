package io.spinecare.gateway.security;

import io.spinecare.gateway.client.ClientAddresses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CSP (with frame-ancestors), Referrer-Policy and, behind TLS only, HSTS on every response,
 * including proxied ones and the gateway's own errors. A header the backend already set wins.
 * X-Content-Type-Options, X-Frame-Options and Cache-Control come from Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class SecurityHeadersFilter implements WebFilter {

    static final String CSP = "Content-Security-Policy";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String HSTS = "Strict-Transport-Security";

    private final WebSecurityProperties properties;
    private final ClientAddresses clients;

    SecurityHeadersFilter(WebSecurityProperties properties, ClientAddresses clients) {
        this.properties = properties;
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            write(exchange);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void write(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        boolean swagger = exchange.getRequest().getPath().value().startsWith("/swagger-ui/");
        setIfAbsent(
                headers, CSP, swagger ? properties.swaggerContentSecurityPolicy() : properties.contentSecurityPolicy());
        setIfAbsent(headers, REFERRER_POLICY, properties.referrerPolicy());
        if (clients.isSecure(exchange.getRequest())) {
            headers.set(HSTS, "max-age=" + properties.hstsMaxAge().toSeconds() + "; includeSubDomains");
        }
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }
}
