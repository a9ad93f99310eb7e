package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.spinecare.gateway.testing.GatewayIntegrationTest;
import io.spinecare.gateway.testing.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Issue 6: who gets through to /api/desk/**, with tokens from the built-in issuer. */
class DeskAuthenticationTest extends GatewayIntegrationTest {

    private final TestTokens gatewayKey = TestTokens.withGatewayKey();

    @Test
    void aDeskCallWithoutATokenIsRefusedWith401ProblemAndNeverReachesTheService() {
        client().get()
                .uri("/api/desk/agenda?date=2026-03-02")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/unauthenticated")
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.title")
                .isEqualTo("Authentication required");
        assertThat(booking.received()).isEmpty();
    }

    @Test
    void aValidTokenWithoutTheFrontDeskRoleGets403Problem() {
        expectDeskCall(gatewayKey.valid("analyst", List.of("analytics")))
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/forbidden");
        assertThat(booking.received()).isEmpty();
    }

    @Test
    void anExpiredTokenGets401() {
        expectInvalidToken(gatewayKey.expired("desk", List.of("front-desk")));
    }

    @Test
    void anUnsignedAlgNoneTokenGets401() {
        expectInvalidToken(TestTokens.unsigned("desk", List.of("front-desk")));
    }

    @Test
    void aTokenWhosePayloadWasEditedGets401() {
        expectInvalidToken(gatewayKey.tampered("analyst"));
    }

    @Test
    void aTokenSignedWithAForeignKeyGets401() {
        expectInvalidToken(TestTokens.withForeignKey().valid("desk", List.of("front-desk")));
    }

    @Test
    void aTokenFromAnotherIssuerGets401() {
        expectInvalidToken(gatewayKey.validFrom("somebody-else", "desk", List.of("front-desk")));
    }

    @Test
    void aTokenForAnotherAudienceGets401() {
        expectInvalidToken(gatewayKey.forAudience("billing-system", "desk", List.of("front-desk")));
    }

    @Test
    void aTokenWithoutExpiryGets401() {
        expectInvalidToken(gatewayKey.withoutExpiry("desk", List.of("front-desk")));
    }

    @Test
    void aFrontDeskTokenReachesBookingServiceWithItsBearerTokenForDefenceInDepth() {
        String token = gatewayKey.valid("desk", List.of("front-desk"));
        expectDeskCall(token).isOk().expectBody().jsonPath("$.service").isEqualTo("booking");
        assertThat(booking.lastReceived().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @Test
    void aTokenFromTheTokenEndpointOpensTheDesk() {
        String token = obtainToken("desk", "desk-secret");
        expectDeskCall(token).isOk();
        client().get()
                .uri("/api/desk/notifications?appointmentId=a-1")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("notification");
    }

    @Test
    void theTokenEndpointIssuesShortLivedRs256TokensWithTheContractClaims() throws Exception {
        String token = obtainToken("desk", "desk-secret");
        var jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.verify(new RSASSAVerifier(gatewayKey.key().toRSAPublicKey())))
                .isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(TestTokens.ISSUER);
        assertThat(claims.getAudience()).containsExactly(TestTokens.AUDIENCE);
        assertThat(claims.getSubject()).isEqualTo("desk");
        assertThat(claims.getStringListClaim("roles")).containsExactly("front-desk");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime())
                .isEqualTo(15 * 60 * 1000L);
    }

    @Test
    void aWrongPasswordGets401ProblemAndNoToken() {
        tokenRequest("desk", "guess")
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/invalid-credentials")
                .jsonPath("$.access_token")
                .doesNotExist();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        tokenRequest("nobody", "desk-secret")
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://spinecare.io/problems/invalid-credentials");
    }

    @Test
    void aTokenRequestWithoutPasswordIsABadRequestProblem() {
        client().post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "desk"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theJwkSetPublishesOnlyThePublicKey() {
        client().get()
                .uri("/api/auth/jwks")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty")
                .isEqualTo("RSA")
                .jsonPath("$.keys[0].kid")
                .isEqualTo(gatewayKey.key().getKeyID())
                .jsonPath("$.keys[0].n")
                .isEqualTo(gatewayKey.key().getModulus().toString())
                .jsonPath("$.keys[0].d")
                .doesNotExist();
    }

    private void expectInvalidToken(String token) {
        expectDeskCall(token)
                .isUnauthorized()
                .expectHeader()
                .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(booking.received()).isEmpty();
    }

    private StatusAssertions expectDeskCall(String token) {
        return client().get()
                .uri("/api/desk/agenda?date=2026-03-02")
                .headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus();
    }

    private String obtainToken(String username, String password) {
        var body = tokenRequest(username, password)
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(CacheControl.noStore())
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900);
        return (String) body.get("access_token");
    }

    private WebTestClient.ResponseSpec tokenRequest(String username, String password) {
        return client().post()
                .uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }
}
