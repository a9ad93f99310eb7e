package io.spinecare.gateway.page;

import static org.springframework.web.reactive.function.server.RequestPredicates.method;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Serves the pages whose addresses are not file names: the front-desk console at {@code /desk} and
 * the patient's manage page at {@code /manage/{reference}} (the link in the booking e-mail), the waitlist offer
 * page at {@code /waitlist/offers/{id}} (the link in an offer's e-mail and SMS), and the follow-up series page
 * at {@code /series/{id}} (the link in the series e-mail). The
 * patient page at {@code /} is WebFlux's welcome page; every asset is a plain static resource.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> pageRouter(
            @Value("classpath:/static/desk/index.html") Resource desk,
            @Value("classpath:/static/manage.html") Resource manage,
            @Value("classpath:/static/series.html") Resource series,
            @Value("classpath:/static/offer.html") Resource offer) {
        // Trailing slashes do not match by default since Spring Framework 6, hence both forms.
        return route(read("/desk", "/desk/"), request -> page(desk, null))
                .andRoute(
                        read("/manage/{reference}", "/manage/{reference}/"),
                        // The page opens with the patient's token in the fragment: it never sends a Referer.
                        request -> page(manage, "no-referrer"))
                // the follow-up series link carries its token in the fragment too (ADR 0305)
                .andRoute(read("/series/{seriesId}", "/series/{seriesId}/"), request -> page(series, "no-referrer"))
                .andRoute(
                        read("/waitlist/offers/{id}", "/waitlist/offers/{id}/"),
                        // Like the manage page: the offer's token rides in the fragment.
                        request -> page(offer, "no-referrer"));
    }

    /** GET or HEAD (WebFlux drops the body for HEAD) on any of the paths. */
    private static RequestPredicate read(String... paths) {
        RequestPredicate anyPath = Arrays.stream(paths)
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
        return method(HttpMethod.GET).or(method(HttpMethod.HEAD)).and(anyPath);
    }

    /** A page; a referrer policy given here wins over the gateway-wide one (SecurityHeadersFilter). */
    private static Mono<ServerResponse> page(Resource html, String referrerPolicy) {
        // no-cache: the browser revalidates, so a new release's page is never hidden behind a stale copy.
        return ServerResponse.ok()
                .headers(headers -> {
                    if (referrerPolicy != null) {
                        headers.set("Referrer-Policy", referrerPolicy);
                    }
                })
                .contentType(HTML_UTF8)
                .cacheControl(CacheControl.noCache())
                .bodyValue(html);
    }
}
