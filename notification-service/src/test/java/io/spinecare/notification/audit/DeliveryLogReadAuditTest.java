package io.spinecare.notification.audit;

import static io.spinecare.notification.support.AppointmentEventBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.notification.delivery.Deliveries;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.IntegrationTest;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestJwt;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A staff read of a patient's delivery log is recorded (ADR 0230): who, when, which appointment and how many entries,
 * never the patient's addresses or name; the record is read back, staff only, a page at a time.
 */
@IntegrationTest
class DeliveryLogReadAuditTest {

    static final EventProducer events = new EventProducer();
    static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Deliveries deliveries;

    @AfterAll
    static void close() {
        events.close();
    }

    @Test
    void eachReadOfADeliveryLogIsRecordedWithTheStaffUserAndNoPersonalData() {
        String staff = "desk-" + UUID.randomUUID();
        AppointmentEventBuilder booking = booking().channels("EMAIL");
        events.send(booking);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !deliveries.log(booking.appointmentId()).isEmpty());
        String token = TestJwt.forStaff(staff, "front-desk");

        int shown = json.readTree(get("/api/desk/notifications?appointmentId=" + booking.appointmentId(), token)
                        .getBody())
                .size();
        get("/api/desk/notifications?appointmentId=" + booking.appointmentId(), token);
        get("/api/desk/notifications?appointmentId=%20", token); // refused: nothing was read

        ResponseEntity<String> response = get("/api/desk/notifications/audit?staff=" + staff, token);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode page = json.readTree(response.getBody());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode record = page.get("items").get(1);
        assertThat(record.get("staff").asString()).isEqualTo(staff);
        assertThat(record.get("action").asString()).isEqualTo("notifications.read");
        assertThat(record.get("targetType").asString()).isEqualTo("appointment");
        assertThat(record.get("targetId").asString()).isEqualTo(booking.appointmentId());
        assertThat(record.get("after").get("entries").asString()).isEqualTo(String.valueOf(shown));
        assertThat(response.getBody())
                .doesNotContain(booking.email())
                .doesNotContain(booking.patientName())
                .doesNotContain(booking.phone());
    }

    @Test
    void theRecordFiltersByAppointmentAndClinicDayAndPages() {
        String staff = "desk-" + UUID.randomUUID();
        String token = TestJwt.forStaff(staff, "front-desk");
        get("/api/desk/notifications?appointmentId=apt-audit-a", token);
        get("/api/desk/notifications?appointmentId=apt-audit-b", token);
        get("/api/desk/notifications?appointmentId=apt-audit-b", token);
        LocalDate today = LocalDate.ofInstant(MutableClock.shared().instant(), ZoneId.of("Asia/Kolkata"));

        JsonNode first = json.readTree(get(
                        "/api/desk/notifications/audit?staff=" + staff + "&targetId=apt-audit-b&size=1&from=" + today
                                + "&to=" + today,
                        token)
                .getBody());
        JsonNode yesterday =
                json.readTree(get("/api/desk/notifications/audit?staff=" + staff + "&to=" + today.minusDays(1), token)
                        .getBody());

        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("items").get(0).get("targetId").asString()).isEqualTo("apt-audit-b");
        assertThat(yesterday.get("total").asInt()).isZero();
    }

    @Test
    void theRecordIsForFrontDeskStaffOnly() {
        ResponseEntity<String> other = get("/api/desk/notifications/audit", TestJwt.token("billing"));
        ResponseEntity<String> none = get("/api/desk/notifications/audit", null);

        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(none.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void anOutOfRangePageSizeIsAProblemNamingTheParameter() {
        ResponseEntity<String> response = get("/api/desk/notifications/audit?size=500", TestJwt.token("front-desk"));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(json.readTree(response.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("size");
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
