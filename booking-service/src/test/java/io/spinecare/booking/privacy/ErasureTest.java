package io.spinecare.booking.privacy;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.outbox.EventStream;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.booking.support.StaffTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A staff erasure removes one patient from every collection, keeps the clinical facts, and tells consumers. */
class ErasureTest extends IntegrationTest {

    private static final Map<String, Object> ASHA =
            map("name", "Asha Verma", "email", "asha@example.org", "phone", "+91 98765 43210");
    private static final Map<String, Object> RAVI =
            map("name", "Ravi Iyer", "email", "ravi@example.org", "phone", "+91 91234 56789");

    @Test
    void erasingByReferenceRemovesThePatientEverywhereAndLeavesAnotherPatientAlone() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply first = book(slots.get(0), ASHA, "asha-key-0001");
        Api.Reply second = book(slots.get(1), ASHA, null);
        Api.Reply other = book(slots.get(2), RAVI, "ravi-key-00001");
        mongo.getCollection("appointments")
                .updateOne(
                        new Document("_id", other.string("id")),
                        new Document("$set", new Document("patient.dateOfBirth", "1981-01-01")));
        joinWaitlist(ASHA);
        joinWaitlist(RAVI);

        Api.Reply erased;
        List<EventStream.Received> events;
        try (EventStream stream = EventStream.fromNow()) {
            erased = desk.post("/api/desk/erasures", map("reference", first.string("reference")));
            events = stream.awaitUntil(r -> erasedEvents(r).size() == 2, Duration.ofSeconds(20));
        }

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.body().path("appointmentsErased").asInt()).isEqualTo(2);
        assertThat(erased.body().path("waitlistEntriesRemoved").asInt()).isEqualTo(1);
        assertThat(erased.body().path("idempotencyKeysRemoved").asInt()).isEqualTo(1);
        assertThat(erasedEvents(events))
                .extracting(EventStream.Received::subject)
                .containsExactlyInAnyOrder(first.string("id"), second.string("id"));
        assertThat(erasedEvents(events))
                .allSatisfy(e -> assertThat(e.body()).doesNotContain("Asha").doesNotContain("asha@"));

        String everything = everyDocument();
        assertThat(everything)
                .doesNotContain("Asha Verma")
                .doesNotContain("asha@example.org")
                .doesNotContain("98765 43210")
                .doesNotContain("1978-04-12")
                .contains("1981-01-01")
                .contains("Ravi Iyer")
                .contains("ravi@example.org");

        Api.Reply record = desk.get("/api/desk/appointments/" + first.string("id"));
        assertThat(record.body().path("conditionId").asString()).isEqualTo("herniated-disc");
        assertThat(record.body().path("status").asString()).isEqualTo("pending");
        assertThat(record.body().path("history").toString()).contains("PATIENT_ERASED");

        Api.Reply otherRecord = desk.get("/api/desk/appointments/" + other.string("id"));
        assertThat(otherRecord.body().toString()).contains("Ravi Iyer");

        Api.Reply audit = desk.get("/api/desk/audit?action=patient.erase");
        assertThat(audit.body().toString())
                .as("the erasure is in the staff audit, by ids and counts only")
                .contains(erased.string("erasureId"))
                .contains(first.string("id"))
                .doesNotContain("asha")
                .doesNotContain(first.string("reference"));
    }

    @Test
    void erasingAgainChangesNothingAndRecordsNoSecondEvent() {
        Api.Reply booked = book(fixtures.oneSlot(), ASHA, null);
        Api.Reply first = desk.post("/api/desk/erasures", map("email", "ASHA@example.org"));
        Document afterFirst = appointment(booked.string("id"));

        Api.Reply again = desk.post("/api/desk/erasures", map("reference", booked.string("reference")));

        assertThat(first.body().path("appointmentsErased").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("appointmentsErased").asInt()).isZero();
        Document afterSecond = appointment(booked.string("id"));
        // the same revision: no write, so no history line and no event were added
        assertThat(afterSecond.getString("revision")).isEqualTo(afterFirst.getString("revision"));
        assertThat(afterSecond.get("history").toString().split("PATIENT_ERASED", -1))
                .hasSize(2);
        assertThat(mongo.getCollection("erasures").countDocuments()).isEqualTo(2);
    }

    private Document appointment(String id) {
        return mongo.getCollection("appointments").find(new Document("_id", id)).first();
    }

    @Test
    void anEmailNobodyHasAnswersWithNothingErased() {
        Api.Reply reply = desk.post("/api/desk/erasures", map("email", "nobody@example.org"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("appointmentIds").size()).isZero();
    }

    @Test
    void badRequestsChangeNothing() {
        Api.Reply booked = book(fixtures.oneSlot(), ASHA, null);

        Api.Reply both = desk.post(
                "/api/desk/erasures", map("reference", booked.string("reference"), "email", "asha@example.org"));
        Api.Reply neither = desk.post("/api/desk/erasures", map());
        Api.Reply unknown = desk.post("/api/desk/erasures", map("reference", "SC-ZZZZZZ"));
        Api.Reply patient = api.post("/api/desk/erasures", map("email", "asha@example.org"));

        assertThat(both.problemType()).endsWith("/validation-failed");
        assertThat(neither.problemType()).endsWith("/validation-failed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(patient.status()).isEqualTo(401);
        assertThat(everyDocument()).contains("asha@example.org");
    }

    @Test
    void onlyAServiceWithThePatientReadScopeGetsContactDetails() {
        Api.Reply booked = book(fixtures.oneSlot(), ASHA, null);
        String path = "/internal/appointments/" + booked.string("id") + "/contact";

        Api.Reply service = api.withBearer(StaffTokens.system("notification-service", "system/Patient.read"))
                .get(path);
        assertThat(service.status()).as(service.toString()).isEqualTo(200);
        assertThat(service.string("email")).isEqualTo("asha@example.org");
        assertThat(service.string("name")).isEqualTo("Asha Verma");

        assertThat(api.get(path).status()).isEqualTo(401);
        assertThat(desk.get(path).status()).isEqualTo(403);
        assertThat(api.withBearer(StaffTokens.system("demo-ehr", "system/Appointment.read"))
                        .get(path)
                        .status())
                .isEqualTo(403);

        desk.post("/api/desk/erasures", map("reference", booked.string("reference")));
        assertThat(api.withBearer(StaffTokens.system("notification-service", "system/Patient.read"))
                        .get(path)
                        .status())
                .isEqualTo(404);
    }

    private Api.Reply book(String slotId, Map<String, Object> patient, String idempotencyKey) {
        var request = booking(slotId);
        patient.forEach(request::setPatient);
        Api.Reply reply = idempotencyKey == null
                ? api.post("/api/appointments", request.build())
                : api.post("/api/appointments", request.build(), "Idempotency-Key", idempotencyKey);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private void joinWaitlist(Map<String, Object> patient) {
        Api.Reply joined = api.post(
                "/api/waitlist",
                map("conditionId", "sciatica", "consultationType", "NEW_CONSULTATION", "patient", patient));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    }

    private static List<EventStream.Received> erasedEvents(List<EventStream.Received> events) {
        return events.stream()
                .filter(e -> e.type().equals("io.spinecare.patient.erased.v1"))
                .toList();
    }

    private String everyDocument() {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach((Document d) -> all.append(d.toJson()));
        }
        return all.toString();
    }
}
