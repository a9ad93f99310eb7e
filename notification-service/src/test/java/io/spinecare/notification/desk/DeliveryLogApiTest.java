package io.spinecare.notification.desk;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.delivery.DeliveryStatus;
import io.spinecare.notification.message.MessageKind;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBackends;
import io.spinecare.notification.support.TestJwt;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DeliveryLogApiTest {

    static final EventProducer events = new EventProducer();
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Deliveries deliveries;

    @BeforeEach
    void clockAtBookingTime() {
        MutableClock.shared().set(Instant.parse("2026-11-20T06:00:00Z"));
    }

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void frontDeskStaffSeeWhatWasSentWithMaskedAddressesAndNoMessageText() {
        AppointmentEventBuilder booking = booking().channels("EMAIL", "SMS");
        events.send(booking);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries.log(booking.appointmentId()).stream()
                                .filter(d -> d.kind() == MessageKind.CONFIRMATION && d.status() == DeliveryStatus.SENT)
                                .count()
                        == 2);

        ResponseEntity<String> response =
                get("/api/desk/notifications?appointmentId=" + booking.appointmentId(), TestJwt.token("front-desk"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode log = json.readTree(response.getBody());
        assertThat(log).hasSize(6);
        assertThat(response.getBody())
                .doesNotContain(booking.email())
                .doesNotContain(booking.phone())
                .doesNotContain(booking.patientName())
                .doesNotContain("token=")
                .contains("\"recipient\":\"a***@patients.test\"")
                .contains("\"recipient\":\"+91********"
                        + booking.phone().substring(booking.phone().length() - 2) + "\"");
        assertThat(log.findValuesAsString("kind")).containsOnly("CONFIRMATION", "REMINDER");
        assertThat(log.findValuesAsString("status")).containsOnly("SENT", "SCHEDULED");
    }

    @Test
    void withoutATokenTheLogIsUnauthorised() {
        ResponseEntity<String> response = get("/api/desk/notifications?appointmentId=apt-1", null);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("type").asString())
                .isEqualTo("https://spinecare.io/problems/unauthorized");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenNotMeantForSpineCareOrNeverExpiringIsUnauthorised(String kind, String token) {
        ResponseEntity<String> response = get("/api/desk/notifications?appointmentId=apt-1", token);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("type").asString())
                .isEqualTo("https://spinecare.io/problems/unauthorized");
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("another audience", TestJwt.forAudience("billing-system")),
                Arguments.of("no exp", TestJwt.withoutExpiry()),
                Arguments.of("not a token", "x.y.z"));
    }

    @Test
    void aBrowserWithoutATokenGetsProblemJsonToo() {
        ResponseEntity<String> response = RestClient.create()
                .get()
                .uri(URI.create("http://localhost:" + port + "/api/desk/notifications?appointmentId=apt-1"))
                .header("Accept", "text/html,application/xhtml+xml")
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, r) -> {})
                .toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
    }

    @Test
    void whileTheDatabaseIsUnreachableTheLogAnswers503WithRetryAfter() {
        TestBackends.mongoReachable(false);
        ResponseEntity<String> response;
        try {
            response = get("/api/desk/notifications?appointmentId=apt-1", TestJwt.token("front-desk"));
        } finally {
            TestBackends.mongoReachable(true);
        }

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("type").asString())
                .isEqualTo("https://spinecare.io/problems/service-unavailable");
    }

    @Test
    void aTokenWithoutTheFrontDeskRoleIsForbidden() {
        ResponseEntity<String> response = get("/api/desk/notifications?appointmentId=apt-1", TestJwt.token("billing"));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("type").asString())
                .isEqualTo("https://spinecare.io/problems/forbidden");
    }

    @Test
    void aMissingAppointmentIdIsAProblemWithAFieldError() {
        ResponseEntity<String> response = get("/api/desk/notifications", TestJwt.token("front-desk"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asString()).isEqualTo("https://spinecare.io/problems/invalid-request");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("appointmentId");
    }

    @Test
    void aBlankAppointmentIdIsAProblemToo() {
        ResponseEntity<String> response = get("/api/desk/notifications?appointmentId=%20", TestJwt.token("front-desk"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("appointmentId");
    }

    private ResponseEntity<String> get(String path, String token) {
        return RestClient.create()
                .get()
                .uri(URI.create("http://localhost:" + port + path))
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {})
                .toEntity(String.class);
    }
}
