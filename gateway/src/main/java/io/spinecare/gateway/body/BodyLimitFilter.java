package io.spinecare.gateway.body;

import io.spinecare.gateway.web.ProblemResponses;
import io.spinecare.gateway.web.Problems;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every request body is read up to {@link BodyLimitProperties#maxSize} bytes, counted as they arrive,
 * before any route, controller or backend sees it; one byte more and the answer is 413 problem+json.
 * A declared Content-Length over the limit is refused without reading. Reading first (at most the limit,
 * held in memory) is what makes the refusal come before forwarding: a streamed body would already be
 * half way to the service when the limit is crossed. Past the limit the rest is read and dropped, up to
 * {@link #DRAIN_BYTES}, before answering: a server that answers and closes while the client is still sending
 * resets the connection, and the client then never sees the 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
class BodyLimitFilter implements WebFilter {

    /** How much of an oversized body is read and dropped so its sender receives the answer (as Tomcat does). */
    static final int DRAIN_BYTES = 4 * 1024 * 1024;

    private static final FormHttpMessageReader FORM = new FormHttpMessageReader();
    private static final ResolvableType FORM_TYPE =
            ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class, String.class);

    private final int maxBytes;
    private final ProblemResponses problems;

    BodyLimitFilter(BodyLimitProperties properties, ProblemResponses problems) {
        this.maxBytes = (int) properties.maxSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.getContentLength() > maxBytes) {
            return tooLarge(exchange);
        }
        if (!hasBody(headers)) {
            return chain.filter(exchange);
        }
        return exchange.getRequest()
                .getBody()
                .collect(() -> new CountedBody(maxBytes, DRAIN_BYTES), CountedBody::add)
                .flatMap(body -> body.overLimit() ? tooLarge(exchange) : chain.filter(withBody(exchange, body.bytes())))
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    private static boolean hasBody(HttpHeaders headers) {
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * The request again, its body now the bytes already read; a fresh buffer per reader (a retry reads again).
     * Form data is parsed from those bytes too: the exchange would otherwise read the spent original body.
     */
    private static ServerWebExchange withBody(ServerWebExchange exchange, byte[] body) {
        ServerHttpRequest request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(
                        () -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
            }
        };
        ServerWebExchange withRequest = exchange.mutate().request(request).build();
        Mono<MultiValueMap<String, String>> form = isForm(request)
                ? FORM.readMono(FORM_TYPE, request, Map.of())
                        .defaultIfEmpty(new LinkedMultiValueMap<>())
                        .cache()
                : Mono.just(new LinkedMultiValueMap<>());
        return new ServerWebExchangeDecorator(withRequest) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return form;
            }
        };
    }

    private static boolean isForm(ServerHttpRequest request) {
        MediaType type = request.getHeaders().getContentType();
        return type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        // the rest of the body is not read: the connection closes after the answer
        exchange.getResponse().getHeaders().setConnection("close");
        return problems.write(exchange, Problems.payloadTooLarge(maxBytes));
    }
}
