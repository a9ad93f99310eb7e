package io.spinecare.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.spinecare.gateway.testing.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Issue 18: other clinic systems get client-credentials tokens and reach /fhir/r4 with them. */
class ClientCredentialsTest extends GatewayIntegrationTest {

    @Test
    void aConfiguredClientGetsATokenWithItsClientIdAndScopesAndNoRoles() throws Exception {
        Map<?, ?> answer = tokenRequest("grant_type=client_credentials", basic("test-ehr", "ehr-secret"))
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();

        assertThat(answer.get("token_type")).isEqualTo("Bearer");
        assertThat(answer.get("scope")).isEqualTo("system/Slot.read system/Appointment.read system/Appointment.write");
        var claims = SignedJWT.parse((String) answer.get("access_token")).getJWTClaimsSet();
        assertThat(claims.getStringClaim("client_id")).isEqualTo("test-ehr");
        assertThat(claims.getSubject()).isEqualTo("test-ehr");
        assertThat(claims.getIssuer()).isEqualTo("spinecare-test");
        assertThat(claims.getClaim("roles")).isNull();
    }

    @Test
    void aClientMayAskForFewerScopesInTheFormButNeverMore() throws Exception {
        Map<?, ?> fewer = tokenRequest(
                        "grant_type=client_credentials&client_id=test-ehr&client_secret=ehr-secret&scope=system%2FSlot.read",
                        null)
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        assertThat(SignedJWT.parse((String) fewer.get("access_token"))
                        .getJWTClaimsSet()
                        .getStringClaim("scope"))
                .isEqualTo("system/Slot.read");

        tokenRequest("grant_type=client_credentials&scope=system%2FPractitioner.write", basic("test-ehr", "ehr-secret"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.error")
                .isEqualTo("invalid_scope");
    }

    @Test
    void aWrongSecretAnUnknownClientOrAnotherGrantIsRefusedWithProblemJson() {
        for (String wrong : new String[] {basic("test-ehr", "guess"), basic("nobody", "ehr-secret")}) {
            tokenRequest("grant_type=client_credentials", wrong)
                    .expectStatus()
                    .isUnauthorized()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.error")
                    .isEqualTo("invalid_client");
        }
        tokenRequest("grant_type=password&username=desk&password=desk-secret", basic("test-ehr", "ehr-secret"))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.error")
                .isEqualTo("unsupported_grant_type");
        tokenRequest("grant_type=client_credentials", null)
                .expectStatus()
                .isUnauthorized()
                .expectBody()
                .jsonPath("$.error")
                .isEqualTo("invalid_client");
    }

    @Test
    void fhirNeedsATokenAtTheGatewayExceptMetadataAndAnswersAnOperationOutcome() {
        client().get()
                .uri("/fhir/r4/Slot")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType("application/fhir+json;charset=UTF-8")
                .expectBody()
                .jsonPath("$.resourceType")
                .isEqualTo("OperationOutcome")
                .jsonPath("$.issue[0].code")
                .isEqualTo("login");
        assertThat(booking.received()).isEmpty();

        client().get().uri("/fhir/r4/metadata").exchange().expectStatus().isOk();
        assertThat(booking.lastReceived().path()).isEqualTo("/fhir/r4/metadata");
    }

    @Test
    void aClientTokenIsPassedToBookingServiceOnFhirButOpensNoDeskPath() {
        String token = (String) tokenRequest("grant_type=client_credentials", basic("test-ehr", "ehr-secret"))
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("access_token");

        client().post()
                .uri("/fhir/r4/Appointment/$book")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.parseMediaType("application/fhir+json"))
                .bodyValue("{\"resourceType\":\"Parameters\"}")
                .exchange()
                .expectStatus()
                .is2xxSuccessful(); // the stand-in service's answer, passed through
        assertThat(booking.lastReceived().path()).isEqualTo("/fhir/r4/Appointment/$book");
        assertThat(booking.lastReceived().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);

        client().get()
                .uri("/api/desk/agenda?date=2026-03-02")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void whenBookingServiceIsDownFhirClientsGetAnOperationOutcome() {
        String token = (String) tokenRequest("grant_type=client_credentials", basic("test-ehr", "ehr-secret"))
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("access_token");
        booking.stop();

        client().get()
                .uri("/fhir/r4/Slot")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType("application/fhir+json;charset=UTF-8")
                .expectBody()
                .jsonPath("$.resourceType")
                .isEqualTo("OperationOutcome")
                .jsonPath("$.issue[0].code")
                .isEqualTo("transient");
    }

    private WebTestClient.ResponseSpec tokenRequest(String form, String authorization) {
        var request = client().post().uri("/api/auth/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        if (authorization != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return request.body(BodyInserters.fromValue(form)).exchange();
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
