package io.spinecare.gateway.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import io.spinecare.gateway.testing.GatewayIntegrationTest;
import io.spinecare.gateway.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Production mode: an external OIDC provider (Keycloak) issues the tokens. Here a real local
 * HTTP server publishes the provider's JWK set at Keycloak's path.
 */
class ExternalIssuerTest extends GatewayIntegrationTest {

    private static final TestTokens provider = TestTokens.withForeignKey();
    private static final String providerUrl = startProvider();
    private static final String REALM = providerUrl + "/realms/spinecare";

    @DynamicPropertySource
    static void externalProvider(DynamicPropertyRegistry registry) {
        registry.add("spinecare.gateway.auth.mode", () -> "external");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> REALM);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> REALM + "/protocol/openid-connect/certs");
    }

    @Test
    void aProviderTokenWithTheFrontDeskRoleOpensTheDesk() {
        String token = provider.validFrom(REALM, "desk.keycloak", List.of("front-desk"));
        deskCall(token).expectStatus().isOk();
    }

    @Test
    void aProviderTokenWithoutTheRoleIsForbidden() {
        deskCall(provider.validFrom(REALM, "analyst", List.of("analytics")))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void tokensFromTheBuiltInKeyOrAnotherIssuerAreRejected() {
        deskCall(TestTokens.withGatewayKey().validFrom(REALM, "desk", List.of("front-desk")))
                .expectStatus()
                .isUnauthorized();
        deskCall(provider.validFrom("https://elsewhere.example/realms/x", "desk", List.of("front-desk")))
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void theBuiltInTokenEndpointIsSwitchedOff() {
        client().post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "desk", "password", "desk-secret"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec deskCall(String token) {
        return client().get()
                .uri("/api/desk/agenda")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange();
    }

    private static String startProvider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            byte[] jwks =
                    new JWKSet(provider.key().toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
            server.createContext("/realms/spinecare/protocol/openid-connect/certs", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
