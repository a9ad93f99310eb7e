package io.spinecare.serviceweb;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The HTTP edge both servlet services share (ADR 0220): strict JSON, bodies counted against a limit, unreadable
 * envelopes refused, and problem+json for what Tomcat and the security firewall refuse before Spring MVC runs. A service
 * imports it ({@code @Import}), so its beans count as the service's own: the error controller then replaces Boot's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceWebProperties.class)
@Import(StrictJsonConfiguration.class)
public class ServiceWebConfiguration {

    @Bean
    BodySizeLimitFilter bodySizeLimitFilter(ServiceWebProperties properties) {
        return new BodySizeLimitFilter((int) properties.maxBodySize().toBytes());
    }

    @Bean
    RequestShapeFilter requestShapeFilter() {
        return new RequestShapeFilter();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** A path the firewall refuses is a 400 (answered by {@link ProblemErrorController}), not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler();
    }
}
