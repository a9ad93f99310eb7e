package io.spinecare.gateway.page;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import io.spinecare.gateway.web.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Makes problem type URIs resolvable: {@code /problems} is the catalogue of problem types (docs/problems.md, copied
 * in by the build) as a page with one section per type, and {@code /problems/{slug}} — the path of every
 * {@code type} URI — leads to that type's section. An unknown slug is a 404 problem.
 */
@Configuration(proxyBeanMethods = false)
class ProblemPages {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> problemPageRouter(@Value("classpath:/problems/problems.md") Resource catalogue) {
        String html = MarkdownPage.render("SpineCare problem types", read(catalogue));
        return route(
                        GET("/problems"),
                        request -> ServerResponse.ok().contentType(HTML_UTF8).bodyValue(html))
                .andRoute(GET("/problems/{slug}"), request -> {
                    String slug = request.pathVariable("slug");
                    if (!slug.matches("[a-z0-9-]{1,64}") || !html.contains("<h2 id=\"" + slug + "\">")) {
                        return ServerResponse.status(HttpStatus.NOT_FOUND)
                                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                                .bodyValue(Problems.forStatus(HttpStatus.NOT_FOUND));
                    }
                    return ServerResponse.seeOther(URI.create("/problems#" + slug))
                            .build();
                });
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the problem catalogue is missing from the gateway's jar", e);
        }
    }
}
