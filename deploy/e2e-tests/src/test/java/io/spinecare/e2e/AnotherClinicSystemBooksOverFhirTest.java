package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 through the gateway only: a hospital EHR signs in with client credentials and books with
 * $find, $hold and $book; staff see the booking on the desk agenda, the event stream carries it as a
 * CloudEvent, and the EHR can neither read nor cancel a patient's own booking.
 */
class AnotherClinicSystemBooksOverFhirTest {

    private static final String SPECIALIST = "dr-arjun-rao";
    private static final String CONDITION = "scoliosis";
    private static final String BASE = "https://spinecare.io/fhir/";

    private static RunningStack stack;
    private static GatewayClient gateway;
    private static FhirClient ehr;
    private static String staffToken;

    /** One client and one staff token for the class: the token endpoints share a strict rate limit. */
    @BeforeAll
    static void startStackAndSignIn() throws Exception {
        stack = RunningStack.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        ehr = FhirClient.demoEhr(stack.gatewayUrl());
        staffToken = gateway.staffToken();
    }

    @Test
    void anEhrFindsHoldsAndBooksThenReadsTheAppointmentWhichStaffAndTheEventStreamSee() throws Exception {
        assertThat(FhirClient.withToken(stack.gatewayUrl(), null)
                        .get("/metadata")
                        .as(200, CapabilityStatement.class)
                        .getFhirVersion()
                        .toCode())
                .isEqualTo("4.0.1");

        LocalDate from = LocalDate.now().plusDays(3);
        Parameters find = new Parameters();
        find.addParameter("start", new StringType(from.toString()));
        find.addParameter("end", new StringType(from.plusDays(14).toString()));
        find.addParameter("provider", new StringType("Practitioner/" + SPECIALIST));
        find.addParameter("visit-type", new StringType("NEW_CONSULTATION"));
        find.addParameter("reason", new StringType(CONDITION));
        List<Appointment> proposed =
                appointments(ehr.post("/Appointment/$find", find).as(200, Bundle.class));
        assertThat(proposed).isNotEmpty();

        Appointment held = appointments(ehr.post("/Appointment/$hold", apptResource(proposed.get(0)))
                        .as(200, Bundle.class))
                .get(0);
        assertThat(held.getStatus()).isEqualTo(Appointment.AppointmentStatus.PENDING);

        try (KafkaConsumer<String, byte[]> events = appointmentEventsFromNow()) {
            Bundle answer = ehr.post("/Appointment/$book", apptResource(withPatient(held)))
                    .as(200, Bundle.class);
            Appointment booked = appointments(answer).get(0);
            String id = booked.getIdElement().getIdPart();
            // Behind the gateway, the appointment's full URL is the gateway's, where the system can read it.
            assertThat(answer.getEntryFirstRep().getFullUrl())
                    .isEqualTo(stack.gatewayUrl() + "/fhir/r4/Appointment/" + id);
            assertThat(booked.getStatus())
                    .isIn(Appointment.AppointmentStatus.BOOKED, Appointment.AppointmentStatus.PENDING);

            Appointment read = ehr.get("/Appointment/" + id).as(200, Appointment.class);
            assertThat(read.getSlotFirstRep().getReference())
                    .isEqualTo(held.getSlotFirstRep().getReference());
            assertThat(read.getIdentifierFirstRep().getValue())
                    .isEqualTo(booked.getIdentifierFirstRep().getValue());

            String day = read.getStartElement().getValueAsString().substring(0, 10);
            JsonNode agenda = gateway.get(
                            "/api/desk/agenda?date=" + day + "&specialistId=" + SPECIALIST,
                            Map.of("Authorization", "Bearer " + staffToken))
                    .expect(200);
            assertThat(agenda.toString()).contains(id);

            ConsumerRecord<String, byte[]> event = awaitEvent(events, "io.spinecare.appointment.booked.v2", id);
            assertThat(event.key()).isEqualTo(id);
            assertThat(header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(event, "ce_source")).isNotBlank();
            assertThat(new String(event.value(), StandardCharsets.UTF_8))
                    .contains(read.getIdentifierFirstRep().getValue());
        }
    }

    @Test
    void theEhrCannotReadOrCancelAPatientsOwnBookingAndStaffTokensGetNoFhirAccess() throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + from + "&to=" + from.plusDays(14),
                        Map.of())
                .expect(200);
        String slotId = slots.get(slots.size() - 1).get("id").asText();
        String patients = gateway.bookWithoutScans(slotId, null, CONDITION, "Kiran Shah")
                .expect(201)
                .get("id")
                .asText();

        assertThat(ehr.get("/Appointment/" + patients)
                        .as(404, OperationOutcome.class)
                        .getIssueFirstRep()
                        .getCode()
                        .toCode())
                .isEqualTo("not-found");
        Appointment cancel = new Appointment();
        cancel.setId(patients);
        cancel.setStatus(Appointment.AppointmentStatus.CANCELLED);
        cancel.addParticipant()
                .setStatus(Appointment.ParticipationStatus.ACCEPTED)
                .setActor(new Reference("#patient"));
        assertThat(ehr.put("/Appointment/" + patients, cancel).status()).isEqualTo(404);
        assertThat(FhirClient.withToken(stack.gatewayUrl(), staffToken)
                        .get("/Appointment/" + patients)
                        .as(403, OperationOutcome.class)
                        .getIssueFirstRep()
                        .getCode()
                        .toCode())
                .isEqualTo("forbidden");
        assertThat(FhirClient.withToken(stack.gatewayUrl(), null).get("/Slot").status())
                .isEqualTo(401);
        assertThat(freeSlotIds(from)).doesNotContain(slotId); // still the patient's
    }

    private static List<String> freeSlotIds(LocalDate from) throws Exception {
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST + "&conditionId=" + CONDITION
                                + "&consultationType=NEW_CONSULTATION&from=" + from + "&to=" + from.plusDays(14),
                        Map.of())
                .expect(200);
        return slots.valueStream().map(slot -> slot.get("id").asText()).toList();
    }

    private static Parameters apptResource(Appointment appointment) {
        Parameters parameters = new Parameters();
        parameters.addParameter().setName("appt-resource").setResource(appointment);
        return parameters;
    }

    private static Appointment withPatient(Appointment held) {
        Appointment a = held.copy();
        Patient patient = new Patient();
        patient.setId("patient");
        patient.addName().setText("Farah Khan");
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue("farah.khan@example.org");
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+91 98765 43210");
        patient.setBirthDateElement(new DateType("1969-02-11"));
        a.addContained(patient);
        a.addParticipant().setStatus(Appointment.ParticipationStatus.ACCEPTED).setActor(new Reference("#patient"));
        a.addReasonCode().addCoding(new Coding(BASE + "CodeSystem/condition", CONDITION, null));
        return a;
    }

    private static List<Appointment> appointments(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(e -> (Appointment) e.getResource())
                .toList();
    }

    /** A consumer positioned at the current end of the appointments topic, before the booking. */
    private static KafkaConsumer<String, byte[]> appointmentEventsFromNow() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties);
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor("spinecare.appointments", Duration.ofSeconds(20))
                .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the positions now, before anything is booked
        return consumer;
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(
            KafkaConsumer<String, byte[]> consumer, String type, String subject) {
        Map<String, ConsumerRecord<String, byte[]>> found = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (type.equals(header(record, "ce_type")) && subject.equals(header(record, "ce_subject"))) {
                    found.put(subject, record);
                }
            }
            return found.containsKey(subject);
        });
        return found.get(subject);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
