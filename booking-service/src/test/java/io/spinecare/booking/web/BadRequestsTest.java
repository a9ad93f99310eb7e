package io.spinecare.booking.web;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.OutboxRelay;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.BookingBuilder;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Bad input of every kind gets a 4xx problem document and changes nothing in the database. */
class BadRequestsTest extends IntegrationTest {

    @Autowired
    private OutboxRelay relay;

    /** "Changes nothing" compares whole documents: the relay must not empty outboxes meanwhile. */
    @BeforeEach
    void holdTheRelay() {
        relay.pause(true);
    }

    @AfterEach
    void releaseTheRelay() {
        relay.pause(false);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LONG = "x".repeat(300);

    private String slotId;
    private String reference;
    private String token;

    /** One request of the table; {slot}, {ref} and {token} are filled in from the fixture. */
    record Bad(String method, String path, boolean staff, String contentType, String body, int status, String type) {

        @Override
        public String toString() {
            return method + " " + path + " "
                    + (body == null ? "" : body.length() > 120 ? body.substring(0, 120) + "…" : body);
        }
    }

    @BeforeEach
    void aClinicWithOneBookingAndOneFreeSlot() {
        List<String> slots = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        Api.Reply booked = api.post("/api/appointments", booking(slots.get(0)).build());
        reference = booked.string("reference");
        token = booked.string("manageToken");
        slotId = slots.get(1);
    }

    static Stream<Arguments> badRequests() {
        List<Bad> table = new ArrayList<>();
        // Malformed bodies and wrong media types
        table.add(raw("POST", "/api/appointments", "{\"slotId\": ", 400, "malformed-request"));
        table.add(raw("POST", "/api/appointments", "", 400, "malformed-request"));
        table.add(raw("POST", "/api/appointments", "[]", 400, "malformed-request"));
        table.add(new Bad(
                "POST", "/api/appointments", false, "text/plain", "slot please", 415, "unsupported-media-type"));
        // Wrong types
        table.add(book(b -> b.set("slotId", 42), 400, "malformed-request"));
        table.add(book(b -> b.set("patient", "Asha Verma"), 400, "malformed-request"));
        table.add(book(b -> b.set("imaging", "MRI"), 400, "malformed-request"));
        table.add(book(b -> b.set("consultationType", 3), 400, "malformed-request"));
        table.add(book(b -> b.set("redFlags", List.of("saddle-numbness")), 400, "malformed-request"));
        table.add(book(
                b -> b.redFlag("saddle-numbness", true).set("redFlags", map("saddle-numbness", "yes")),
                400,
                "malformed-request"));
        table.add(book(b -> b.setPatient("dateOfBirth", 19780412), 400, "malformed-request"));
        table.add(book(b -> b.setPatient("dateOfBirth", "12/04/1978"), 400, "malformed-request"));
        // Unknown references
        table.add(book(b -> b.condition("broken-leg"), 422, "unknown-reference"));
        table.add(book(b -> b.type("SURGERY"), 400, "malformed-request"));
        table.add(book(b -> b.set("slotId", "dr-rao-20300605T2330Z"), 422, "unknown-reference"));
        table.add(book(b -> b.redFlag("feeling-sad", true), 422, "unknown-reference"));
        table.add(book(b -> b.withScan("PET", "LUMBAR", "2030-01-01"), 400, "malformed-request"));
        // Missing or malformed patient fields
        table.add(book(b -> b.set("patient", null), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("name", null), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("name", "  "), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("name", "Asha\u0000Verma"), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("email", "asha-at-example"), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("phone", "call me"), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("dateOfBirth", "2031-01-01"), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("dateOfBirth", null), 400, "validation-failed"));
        table.add(book(b -> b.set("consultationType", null), 400, "validation-failed"));
        table.add(book(b -> b.withScan("MRI", "LUMBAR", "2030-12-01"), 400, "validation-failed"));
        // Oversized strings and lists
        table.add(book(b -> b.setPatient("name", LONG), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("email", LONG + "@example.org"), 400, "validation-failed"));
        table.add(book(b -> b.set("slotId", LONG), 400, "validation-failed"));
        table.add(book(b -> tooManyScans(b), 400, "validation-failed"));
        table.add(book(b -> tooManyRedFlags(b), 400, "validation-failed"));
        table.add(book(b -> b.setPatient("name", "y".repeat(40_000)), 413, "payload-too-large"));
        // MongoDB operators in place of ids and values
        table.add(book(b -> b.set("slotId", map("$gt", "")), 400, "malformed-request"));
        table.add(book(b -> b.set("conditionId", map("$ne", null)), 400, "malformed-request"));
        table.add(book(b -> b.setPatient("email", map("$regex", ".*")), 400, "malformed-request"));
        table.add(book(b -> b.set("slotId", "$where"), 400, "validation-failed"));
        table.add(book(b -> b.hold("{\"$gt\":\"\"}"), 400, "validation-failed"));
        table.add(json("POST", "/api/slots/%7B%22$gt%22:%22%22%7D/hold", false, null, 404, "slot-not-found"));
        table.add(json(
                "POST",
                "/api/appointments/{ref}/reschedule",
                false,
                "{\"slotId\":{\"$gt\":\"\"}}",
                400,
                "malformed-request"));
        table.add(json(
                "POST",
                "/api/appointments/{ref}/reschedule",
                false,
                "{\"slotId\":\"no-such-slot\"}",
                422,
                "unknown-reference"));
        table.add(json("POST", "/api/appointments/{ref}/reschedule", false, "{}", 400, "validation-failed"));
        table.add(json(
                "POST", "/api/appointments/{ref}/cancel", false, "{\"reason\":\"BECAUSE\"}", 400, "malformed-request"));
        // Slot search
        table.add(json("GET", "/api/slots?from=yesterday", false, null, 400, "validation-failed"));
        table.add(json("GET", "/api/slots?consultationType=SURGERY", false, null, 400, "bad-request"));
        table.add(json("GET", "/api/slots?conditionId=broken-leg", false, null, 422, "unknown-reference"));
        table.add(json("GET", "/api/slots?specialistId=%7B%22$ne%22:1%7D", false, null, 400, "validation-failed"));
        // Front desk
        table.add(json(
                "POST",
                "/api/desk/specialists",
                true,
                specialist("conditionIds", List.of("broken-leg")),
                422,
                "unknown-reference"));
        table.add(json(
                "POST",
                "/api/desk/specialists",
                true,
                specialist("modes", List.of("TELEPATHY")),
                400,
                "malformed-request"));
        table.add(json("POST", "/api/desk/specialists", true, specialist("name", LONG), 400, "validation-failed"));
        table.add(json("POST", "/api/desk/specialists", true, specialist("id", "Dr Rao!"), 400, "validation-failed"));
        table.add(json(
                "PUT",
                "/api/desk/specialists/dr-rao/availability",
                true,
                write(map("weekly", List.of(map("day", "MONDAY", "start", "13:00", "end", "09:00")))),
                400,
                "validation-failed"));
        table.add(json(
                "PUT",
                "/api/desk/specialists/dr-rao/availability",
                true,
                write(map("zone", "Mars/Olympus", "weekly", List.of())),
                400,
                "validation-failed"));
        table.add(json(
                "PUT",
                "/api/desk/specialists/dr-rao/availability",
                true,
                write(map("weekly", List.of(map("day", "FUNDAY", "start", "09:00", "end", "13:00")))),
                400,
                "malformed-request"));
        table.add(json(
                "POST",
                "/api/desk/specialists/dr-rao/exceptions",
                true,
                write(map("from", "2030-06-10", "to", "2030-06-01", "reason", "LEAVE")),
                400,
                "validation-failed"));
        table.add(json(
                "POST",
                "/api/desk/slots/generate",
                true,
                write(map("specialistId", "dr-rao", "from", "2030-06-10", "to", "2030-06-01")),
                422,
                "invalid-date-range"));
        table.add(json(
                "POST",
                "/api/desk/slots/generate",
                true,
                write(map("specialistId", "dr-rao", "from", "2030-06-10", "to", "2033-06-01")),
                422,
                "invalid-date-range"));
        table.add(json(
                "POST",
                "/api/desk/slots/generate",
                true,
                write(map("specialistId", "nobody", "from", "2030-06-10", "to", "2030-06-11")),
                404,
                "specialist-not-found"));
        table.add(json("GET", "/api/desk/appointments?q=" + LONG, true, null, 400, "validation-failed"));
        table.add(json("GET", "/api/desk/agenda?date=tomorrow", true, null, 400, "bad-request"));
        table.add(json("POST", "/api/desk/appointments/nobody/check-in", true, null, 404, "appointment-not-found"));
        table.add(json(
                "POST",
                "/api/desk/appointments/nobody/acknowledge-review",
                true,
                "{\"note\": \"" + "x".repeat(501) + "\"}",
                400,
                "validation-failed"));
        table.add(json(
                "POST",
                "/api/desk/appointments/nobody/acknowledge-review",
                true,
                "{\"note\": 5",
                400,
                "malformed-request"));
        table.add(json(
                "POST", "/api/desk/appointments/nobody/acknowledge-review", true, null, 404, "appointment-not-found"));
        table.add(json("GET", "/api/desk/reviews", false, null, 401, "unauthorized"));
        table.add(json(
                "GET",
                "/api/catalog/conditions/herniated-disc/prerequisites?consultationType=CHAT",
                false,
                null,
                400,
                "bad-request"));
        table.add(json("POST", "/api/desk/specialists", false, specialist("id", "dr-new"), 401, "unauthorized"));
        return table.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isRefusedWithAProblemAndChangesNothing(Bad bad) {
        Map<String, List<String>> before = database();

        Api.Reply reply = (bad.staff() ? desk : api)
                .send(
                        bad.method(),
                        fill(bad.path()),
                        MediaType.parseMediaType(bad.contentType()),
                        bad.body() == null ? null : fill(bad.body()),
                        "X-Manage-Token",
                        token);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(bad.status());
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.problemType()).as(reply.toString()).isEqualTo("https://spinecare.io/problems/" + bad.type());
        assertThat(reply.string("title")).isNotBlank();
        if (bad.type().equals("validation-failed")) {
            assertThat(reply.body().path("errors").get(0).path("field").asString())
                    .isNotBlank();
        }
        assertThat(database()).isEqualTo(before);
    }

    @ParameterizedTest(name = "a slot that has passed: {0}")
    @MethodSource("pastSlotRequests")
    void aSlotThatHasPassedCannotBeHeldOrBooked(String what, String path, boolean withBody) {
        clock.set(Instant.parse("2030-06-06T00:00:00Z"));
        Map<String, List<String>> before = database();

        Api.Reply reply = withBody ? api.post(path, booking(slotId).build()) : api.postEmpty(fill(path));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/slot-not-bookable");
        assertThat(database()).isEqualTo(before);
    }

    static Stream<Arguments> pastSlotRequests() {
        return Stream.of(
                Arguments.of("hold", "/api/slots/{slot}/hold", false), Arguments.of("book", "/api/appointments", true));
    }

    private String fill(String text) {
        return text.replace("{slot}", slotId).replace("{ref}", reference).replace("{token}", token);
    }

    /** Every document of every collection, as JSON, to compare before and after. */
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

    private static Bad raw(String method, String path, String body, int status, String type) {
        return new Bad(method, path, false, MediaType.APPLICATION_JSON_VALUE, body, status, type);
    }

    private static Bad json(String method, String path, boolean staff, String body, int status, String type) {
        return new Bad(method, path, staff, MediaType.APPLICATION_JSON_VALUE, body, status, type);
    }

    private static Bad book(UnaryOperator<BookingBuilder> change, int status, String type) {
        return raw(
                "POST",
                "/api/appointments",
                write(change.apply(booking("{slot}")).build()),
                status,
                type);
    }

    private static BookingBuilder tooManyScans(BookingBuilder builder) {
        for (int i = 0; i < 11; i++) {
            builder.withScan("MRI", "LUMBAR", "2030-01-01");
        }
        return builder;
    }

    private static BookingBuilder tooManyRedFlags(BookingBuilder builder) {
        for (int i = 0; i < 21; i++) {
            builder.redFlag("flag-" + i, false);
        }
        return builder;
    }

    private static String specialist(String field, Object value) {
        Map<String, Object> body = map(
                "id",
                "dr-new",
                "name",
                "Dr New",
                "subSpecialty",
                "Spine",
                "conditionIds",
                List.of("sciatica"),
                "consultationTypes",
                List.of("NEW_CONSULTATION"),
                "modes",
                List.of("IN_PERSON"));
        body.put(field, value);
        return write(body);
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }
}
