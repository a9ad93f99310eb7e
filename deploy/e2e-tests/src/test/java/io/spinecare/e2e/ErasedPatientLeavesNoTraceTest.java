package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17's acceptance test on the whole stack (ADR 0212): one patient books, reschedules and cancels, each
 * step e-mailed through notification-service's contact look-up; staff erase them; then every collection of
 * both services' databases, every Kafka topic read from the beginning with a plain consumer, and the three
 * services' log files are searched: the patient's name, e-mail and phone are nowhere, while another
 * patient booked in the same run is still there.
 */
class ErasedPatientLeavesNoTraceTest {

    private static final String SPECIALIST = "dr-meera-iyer";
    private static final String NAME = "Tamsin Okonkwo";
    private static final String EMAIL = "tamsin.okonkwo@example.org";
    private static final String PHONE = "+91 99887 76655";
    private static final String OTHER_NAME = "Bernard Lyall";
    private static final String OTHER_EMAIL = "bernard.lyall@example.org";

    private static RunningStack stack;
    private static GatewayClient gateway;
    private static Inbox inbox;

    @BeforeAll
    static void startStack() throws Exception {
        stack = RunningStack.get();
        gateway = new GatewayClient(stack.gatewayUrl());
        inbox = new Inbox(stack);
    }

    @Test
    void anErasedPatientCannotBeFoundInTheStoreTheStreamOrTheLogs() throws Exception {
        List<String> slots = freeSlotIds();
        JsonNode other = book(slots.get(0), OTHER_NAME, OTHER_EMAIL, "+91 91122 33445");
        JsonNode booked = book(slots.get(1), NAME, EMAIL, PHONE);
        String reference = booked.get("reference").asText();
        inbox.awaitOne(EMAIL, "scans needed", reference);
        inbox.awaitOne(OTHER_EMAIL, "scans needed", other.get("reference").asText());

        JsonNode moved = gateway.post(
                        "/api/appointments/" + reference + "/reschedule",
                        Map.of("slotId", slots.get(2)),
                        Map.of("X-Manage-Token", booked.get("manageToken").asText()))
                .expect(200);
        inbox.awaitOne(EMAIL, "has moved", reference);
        gateway.post(
                        "/api/appointments/" + reference + "/cancel",
                        Map.of(),
                        Map.of("X-Manage-Token", moved.get("manageToken").asText()))
                .expect(200);
        inbox.awaitOne(EMAIL, "is cancelled", reference);

        String staff = "Bearer " + gateway.staffToken();
        JsonNode erasure = gateway.post(
                        "/api/desk/erasures", Map.of("reference", reference), Map.of("Authorization", staff))
                .expect(200);
        assertThat(erasure.get("appointmentsErased").asInt()).isEqualTo(1);
        String appointmentId = booked.get("id").asText();

        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            // notification-service has followed the erased event once no delivery of the appointment has an address
            await().atMost(Duration.ofSeconds(60)).until(() -> notificationsErased(mongo, appointmentId));

            String store = everyDocument(mongo);
            assertThat(store).contains(appointmentId).contains(OTHER_NAME).contains(OTHER_EMAIL);
            assertNoTrace("MongoDB", store);
        }
        String stream = everyRecord();
        assertThat(stream).contains("io.spinecare.patient.erased.v1").contains(appointmentId);
        assertNoTrace("Kafka", stream);
        assertNoTrace("logs", everyLogLine());

        JsonNode otherRecord = gateway.get(
                        "/api/desk/appointments/" + other.get("id").asText(), Map.of("Authorization", staff))
                .expect(200);
        assertThat(otherRecord.toString()).contains(OTHER_NAME).contains(OTHER_EMAIL);
    }

    private static void assertNoTrace(String where, String text) {
        assertThat(text)
                .as(where)
                .doesNotContainIgnoringCase(NAME)
                .doesNotContainIgnoringCase("Okonkwo")
                .doesNotContainIgnoringCase(EMAIL)
                .doesNotContain(PHONE)
                .doesNotContain("99887 76655")
                .doesNotContain("9988776655");
    }

    private static JsonNode book(String slotId, String name, String email, String phone) throws Exception {
        Map<String, Object> request = new HashMap<>();
        request.put("slotId", slotId);
        request.put("consultationType", "NEW_CONSULTATION");
        request.put("conditionId", "herniated-disc");
        request.put("patient", Map.of("name", name, "email", email, "phone", phone, "dateOfBirth", "1969-02-11"));
        request.put("imaging", List.of());
        return gateway.post(
                        "/api/appointments",
                        request,
                        Map.of("Idempotency-Key", UUID.randomUUID().toString()))
                .expect(201);
    }

    private static boolean notificationsErased(MongoClient mongo, String appointmentId) {
        MongoDatabase notifications = mongo.getDatabase("spinecare-notifications");
        List<Document> deliveries = notifications
                .getCollection("deliveries")
                .find(new Document("appointmentId", appointmentId))
                .into(new java.util.ArrayList<>());
        return !deliveries.isEmpty() && deliveries.stream().noneMatch(d -> d.containsKey("recipient"));
    }

    private static String everyDocument(MongoClient mongo) {
        StringBuilder all = new StringBuilder();
        for (String name : mongo.listDatabaseNames()) {
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                database.getCollection(collection).find().forEach(d -> all.append(d.toJson())
                        .append('\n'));
            }
        }
        return all.toString();
    }

    /** Every record of every topic, internal ones included, from the beginning: keys, headers and values. */
    private static String everyRecord() throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        StringBuilder all = new StringBuilder();
        try (Admin admin = Admin.create(config);
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            var topics = admin.listTopics(new ListTopicsOptions().listInternal(true))
                    .names()
                    .get();
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("reading every topic").isLessThan(deadline);
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    all.append(text(record.key())).append(' ');
                    for (Header header : record.headers()) {
                        all.append(header.key())
                                .append('=')
                                .append(text(header.value()))
                                .append(' ');
                    }
                    all.append(text(record.value())).append('\n');
                }
            }
        }
        return all.toString();
    }

    /**
     * The three services' log files. The stack's infrastructure log is left out on purpose: its mail server
     * stands in for the patient's own mailbox, outside SpineCare, and names the address it delivered to.
     */
    private static String everyLogLine() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String service : List.of("booking-service", "notification-service", "gateway")) {
            Path log = stack.logs().resolve(service + ".log");
            assertThat(log).as(service + "'s log").exists();
            all.append(new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> freeSlotIds() throws Exception {
        LocalDate from = LocalDate.now().plusDays(12);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=" + SPECIALIST
                                + "&conditionId=herniated-disc&consultationType=NEW_CONSULTATION&from=" + from
                                + "&to=" + from.plusDays(7),
                        Map.of())
                .expect(200);
        return slots.valueStream().map(slot -> slot.get("id").asText()).toList();
    }
}
