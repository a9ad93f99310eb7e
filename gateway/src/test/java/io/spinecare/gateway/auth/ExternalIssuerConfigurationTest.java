package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ExternalIssuerConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ExternalIssuerConfiguration.class);

    @Test
    void externalModeWithoutTheProvidersAddressRefusesToStart() {
        context.withPropertyValues("spinecare.gateway.auth.mode=external").run(started -> assertThat(started)
                .hasFailed()
                .getFailure()
                .hasRootCauseMessage("spinecare.gateway.auth.mode=external needs "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or "
                        + "spring.security.oauth2.resourceserver.jwt.jwk-set-uri) pointing at the OIDC provider,"
                        + " e.g. a Keycloak realm"));
    }

    @Test
    void externalModeWithAnIssuerStarts() {
        context.withPropertyValues(
                        "spinecare.gateway.auth.mode=external",
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://keycloak.example/realms/spinecare")
                .run(started -> assertThat(started).hasNotFailed());
    }
}
