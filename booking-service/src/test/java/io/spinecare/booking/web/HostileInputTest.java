package io.spinecare.booking.web;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.OutboxRelay;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.StaffTokens;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The hostile-input classes found by hand: each answers a 4xx problem that names the field and changes nothing. */
class HostileInputTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FAR = "+999999999-12-31";
    private static final String PHONE = "+91 98765 x3210";

    @Autowired
    private OutboxRelay relay;

    private String slotId;
    private String reference;

    @BeforeEach
    void aClinicWithOneBooking() {
        relay.pause(true);
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        reference = api.post("/api/appointments", booking(slots.get(0)).build()).string("reference");
        slotId = slots.get(1);
    }

    @AfterEach
    void releaseTheRelay() {
        relay.pause(false);
    }

    /** method, path, staff, body, status, problem type, the field the problem must name (or null). */
    static Stream<Arguments> hostile() {
        Map<String, Object> waitlist = map(
                "conditionId",
                "herniated-disc",
                "consultationType",
                "NEW_CONSULTATION",
                "patient",
                map("name", "Asha Verma", "email", "asha@example.org", "phone", "+91 98765 43210"));
        return Stream.of(
                // extreme dates, in bodies and query parameters
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "earliest", FAR),
                        400,
                        "malformed-request",
                        "earliest"),
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "latest", "-999999999-01-01"),
                        400,
                        "malformed-request",
                        "latest"),
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "earliest", "1899-12-31"),
                        400,
                        "malformed-request",
                        "earliest"),
                row("GET", "/api/desk/agenda?date=" + FAR, true, null, 400, "bad-request", "date"),
                row("GET", "/api/desk/agenda?date=2201-01-01", true, null, 400, "bad-request", "date"),
                row("GET", "/api/slots?from=" + FAR, false, null, 400, "validation-failed", "from"),
                row("GET", "/api/slots?to=-999999999-01-01T00:00:00Z", false, null, 400, "validation-failed", "to"),
                row(
                        "POST",
                        "/api/desk/slots/generate",
                        true,
                        map("specialistId", "dr-rao", "from", "2030-06-05", "to", FAR),
                        400,
                        "malformed-request",
                        "to"),
                // a validation check that would throw inside itself (from.plusYears(1) past the last year)
                row(
                        "POST",
                        "/api/desk/specialists/dr-rao/exceptions",
                        true,
                        map("from", FAR, "to", FAR, "reason", "LEAVE"),
                        400,
                        "malformed-request",
                        "from"),
                // lenient parsing
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "status", "BOOKED"),
                        400,
                        "malformed-request",
                        "status"),
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "earliest", "2030-06-05T23:30:00"),
                        400,
                        "malformed-request",
                        "earliest"),
                row(
                        "PUT",
                        "/api/desk/specialists/dr-rao/availability",
                        true,
                        map(
                                "weekly",
                                List.of(map("day", "MONDAY", "start", "09:00", "end", "12:00", "slotMinutes", 30.7))),
                        400,
                        "malformed-request",
                        "weekly[0].slotMinutes"),
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(
                                waitlist,
                                "patient",
                                map(
                                        "name",
                                        "\u0301\u0301\u0301",
                                        "email",
                                        "asha@example.org",
                                        "phone",
                                        "+91 98765 43210")),
                        400,
                        "validation-failed",
                        "patient.name"),
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(
                                waitlist,
                                "patient",
                                map(
                                        "name",
                                        "Asha",
                                        "email",
                                        "\"<script>x</script>\"@example.org",
                                        "phone",
                                        "+91 98765 43210")),
                        400,
                        "validation-failed",
                        "patient.email"),
                // nothing personal echoed
                row(
                        "POST",
                        "/api/waitlist",
                        false,
                        with(waitlist, "patient", map("name", "Asha", "email", "asha@example.org", "phone", PHONE)),
                        400,
                        "validation-failed",
                        "patient.phone"),
                // problem+json for the framework's own refusals
                row("GET", "/api/no-such-thing", false, null, 404, "not-found", null),
                row("DELETE", "/api/slots", false, null, 405, "method-not-allowed", null),
                row("GET", "/api/desk/waitlist", false, null, 401, "unauthorized", null));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("hostile")
    void isRefusedWithAProblemThatNamesTheFieldAndChangesNothing(
            String method, String path, boolean staff, Object body, int status, String type, String field) {
        Map<String, List<String>> before = database();

        Api.Reply reply = (staff ? desk : api)
                .send(method, path, MediaType.APPLICATION_JSON, body == null ? null : JSON.writeValueAsString(body));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.problemType()).as(reply.toString()).isEqualTo("https://spinecare.io/problems/" + type);
        if (field != null) {
            assertThat(reply.body().path("errors").toString())
                    .as(reply.toString())
                    .contains("\"" + field + "\"");
        }
        assertThat(reply.text())
                .doesNotContain(PHONE)
                .doesNotContain("999999999")
                .doesNotContain("<script>");
        assertThat(database()).isEqualTo(before);
    }

    @Test
    void aManageTokenOfNonAsciiBytesIsANotFoundProblem() {
        Api.Reply reply = api.get("/api/appointments/" + reference, "X-Manage-Token", "k1.\u00e9\u00ff\u00fe");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStaffTokenWithoutTheFrontDeskRoleIsAForbiddenProblem() {
        Api.Reply reply =
                api.withBearer(StaffTokens.token("nurse", List.of("nurse"))).get("/api/desk/waitlist");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/forbidden");
    }

    @Test
    void theWrongContentTypeIsAProblem() {
        Api.Reply reply = api.send("POST", "/api/waitlist", MediaType.TEXT_PLAIN, "hello");

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void publicSlotSearchNamesNoAppointment() {
        Api.Reply reply = api.get("/api/slots?specialistId=dr-rao");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get(0).has("id")).isTrue();
        assertThat(reply.text()).doesNotContain("appointmentId");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        byte[] twoMegabytes = ("{\"conditionId\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();
        Map<String, List<String>> before = database();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/waitlist"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twoMegabytes)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(database()).isEqualTo(before);
    }

    private static Arguments row(
            String method, String path, boolean staff, Object body, int status, String type, String field) {
        return Arguments.of(method, path, staff, body, status, type, field);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private Map<String, List<String>> database() {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            List<String> documents = new ArrayList<>();
            mongo.getCollection(collection).find().forEach((Document d) -> documents.add(d.toJson()));
            Collections.sort(documents);
            all.put(collection, documents);
        }
        return all;
    }
}
