package io.spinecare.gateway.auth;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Production mode: tokens come from an OIDC provider and Boot's resource-server configuration
 * checks them. Refuses to start without the provider's address rather than failing per request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spinecare.gateway.auth.mode", havingValue = "external")
class ExternalIssuerConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    @Bean
    InitializingBean externalIssuerIsConfigured(Environment environment) {
        return () -> {
            if (!environment.containsProperty(ISSUER_URI) && !environment.containsProperty(JWK_SET_URI)) {
                throw new IllegalStateException("spinecare.gateway.auth.mode=external needs " + ISSUER_URI + " (or "
                        + JWK_SET_URI + ") pointing at the OIDC provider, e.g. a Keycloak realm");
            }
        };
    }
}
