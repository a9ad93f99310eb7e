package io.spinecare.gateway.pages;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web pages: {@code /} (patients) is Boot's welcome page {@code static/index.html}, {@code
 * /assets/**} are plain static resources, and {@code /desk} (front desk) is mapped here.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    @Bean
    RouterFunction<ServerResponse> deskPage(@Value("classpath:/static/desk/index.html") Resource deskPage) {
        return RouterFunctions.route(
                GET("/desk").or(GET("/desk/")),
                request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(deskPage));
    }
}
