package io.spinecare.gateway.web;

import io.micrometer.common.KeyValue;
import java.util.Locale;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * The gateway's server span is named by the route that took the request ({@code http post booking-public-write}),
 * not by its path, and its URL attribute is the handler's path template when there is one, else the path as the
 * access log writes it: no query, and the appointment reference masked (ADR 0403). The metrics' tags stay Spring's
 * own.
 */
@Component
class GatewayRequestObservationConvention extends DefaultServerRequestObservationConvention {

    @Override
    public String getContextualName(ServerRequestObservationContext context) {
        Route route = (Route) context.getAttributes().get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return super.getContextualName(context);
        }
        return "http " + context.getCarrier().getMethod().name().toLowerCase(Locale.ROOT) + " " + route.getId();
    }

    @Override
    protected KeyValue httpUrl(ServerRequestObservationContext context) {
        String template = context.getPathPattern(); // a page's handler knows it: /manage/{reference}
        return KeyValue.of(
                "http.url",
                template != null
                        ? template
                        : LoggedPaths.mask(context.getCarrier().getPath().value()));
    }
}
