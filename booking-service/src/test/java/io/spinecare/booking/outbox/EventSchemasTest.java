package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.spinecare.booking.patient.SeriesLinks;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every event type the service emits, as it arrives on Kafka, validates against its published schema. */
class EventSchemasTest extends IntegrationTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "events", "schemas");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ApplicationContext context;

    @Test
    void everyEmittedEventValidatesAgainstTheSchemaOfItsType() throws IOException {
        List<EventStream.Received> received;
        try (EventStream stream = EventStream.fromNow()) {
            emitEveryEventType();
            received = stream.awaitUntil(
                    r -> r.stream().map(EventStream.Received::type).distinct().count() == 16, Duration.ofSeconds(30));
        }

        for (EventStream.Received event : received) {
            Set<ValidationMessage> errors = schemaOf(event.type()).validate(JSON.readTree(event.body()));
            assertThat(errors).as(event.type() + " " + event.body()).isEmpty();
        }
        assertThat(received.stream().map(EventStream.Received::type).collect(Collectors.toSet()))
                .hasSize(16);
    }

    /** ADR 0212: no event names the patient or carries their contact details; consumers fetch them. */
    @Test
    void noEventCarriesThePatientsNameOrContactDetails() {
        List<EventStream.Received> received;
        try (EventStream stream = EventStream.fromNow()) {
            emitEveryEventType();
            received = stream.awaitUntil(
                    r -> r.stream().map(EventStream.Received::type).distinct().count() == 16, Duration.ofSeconds(30));
        }
        assertThat(received).allSatisfy(event -> assertThat(event.body())
                .doesNotContain("Asha")
                .doesNotContain("asha@example.org")
                .doesNotContain("98765")
                .doesNotContain("1978-04-12"));
    }

    @Test
    void noSchemaNorEventHasAFieldForTokensOrNotes() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path file : files.toList()) {
                assertThat(fieldNames(JSON.readTree(file.toFile())))
                        .as(file.toString())
                        .noneMatch(name -> name.toLowerCase().matches(".*(token|notes|hash).*")
                                && !name.equals("tokenGeneration"));
            }
        }
        try (EventStream stream = EventStream.fromNow()) {
            api.post("/api/appointments", booking(fixtures.oneSlot()).build());
            for (EventStream.Received event : stream.awaitUntil(r -> !r.isEmpty(), Duration.ofSeconds(20))) {
                assertThat(fieldNames(JSON.readTree(event.body())))
                        .noneMatch(name -> name.toLowerCase().matches(".*(token|notes|hash).*")
                                && !name.equals("tokenGeneration"));
            }
        }
    }

    private void emitEveryEventType() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        Api.Reply first = api.post("/api/appointments", booking(slots.get(0)).build());
        String id = first.string("id");
        emitSeriesEvents(id);
        desk.postEmpty("/api/desk/appointments/" + id + "/verify-prerequisites");
        api.post(
                "/api/appointments/" + first.string("reference") + "/reschedule",
                map("slotId", slots.get(1)),
                "X-Manage-Token",
                first.string("manageToken"));
        Api.Reply second = api.post("/api/appointments", booking(slots.get(2)).build());
        api.post(
                "/api/appointments/" + second.string("reference") + "/cancel",
                map("reason", "SCHEDULE_CONFLICT"),
                "X-Manage-Token",
                second.string("manageToken"));
        Api.Reply third = api.post("/api/appointments", booking(slots.get(3)).build());
        Api.Reply urgent = api.post(
                "/api/appointments",
                booking(slots.get(4)).redFlag("night-pain", true).build());
        desk.postEmpty("/api/desk/appointments/" + urgent.string("id") + "/acknowledge-review");
        desk.postEmpty("/api/desk/slots/" + slots.get(5) + "/block");
        clock.set(Instant.parse("2030-06-05T03:00:00Z"));
        desk.postEmpty("/api/desk/appointments/" + id + "/check-in");
        desk.postEmpty("/api/desk/appointments/" + id + "/complete");
        desk.post(
                "/api/desk/appointments/" + id + "/correct-status", map("status", "arrived", "reason", "not seen yet"));
        clock.set(Instant.parse("2030-06-05T05:00:00Z"));
        desk.postEmpty("/api/desk/appointments/" + third.string("id") + "/no-show");
        desk.post("/api/desk/erasures", map("reference", third.string("reference")));
    }

    /** Planned, changed (a visit moved) and confirmed, for a microdiscectomy recorded at the appointment. */
    private void emitSeriesEvents(String appointmentId) {
        fixtures.specialist("dr-sen")
                .with("consultationTypes", List.of("FOLLOW_UP", "POST_OPERATIVE"))
                .create();
        desk.put("/api/desk/specialists/dr-sen/availability", Fixtures.weekdays("09:00", "13:00", null));
        desk.post(
                "/api/desk/slots/generate",
                map("specialistId", "dr-sen", "from", LocalDate.of(2030, 6, 14), "to", LocalDate.of(2030, 9, 17)));
        String seriesId = desk.post(
                        "/api/desk/appointments/" + appointmentId + "/surgery",
                        map(
                                "procedureId",
                                "microdiscectomy",
                                "date",
                                "2030-06-03",
                                "surgeonId",
                                "dr-sen",
                                "region",
                                "LUMBAR"))
                .string("id");
        String otherDay = fixtures.slotIds("dr-sen", LocalDate.of(2030, 6, 18)).get(1);
        desk.post("/api/desk/series/" + seriesId + "/visits/wound-check/slot", map("slotId", otherDay));
        api.postEmpty("/api/series/" + seriesId + "/confirm", "X-Manage-Token", SeriesLinks.token(context, seriesId));
    }

    private static JsonSchema schemaOf(String type) throws IOException {
        Path file = SCHEMAS.resolve(type + ".json");
        assertThat(file).as("schema for " + type).exists();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.properties().forEach(field -> {
            names.add(field.getKey());
            names.addAll(fieldNames(field.getValue()));
        });
        node.elements().forEachRemaining(element -> {
            if (node.isArray()) {
                names.addAll(fieldNames(element));
            }
        });
        return names;
    }
}
