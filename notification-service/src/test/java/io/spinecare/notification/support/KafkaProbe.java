package io.spinecare.notification.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Looks at the broker from outside: what the service's group has committed, what landed on a topic. */
public final class KafkaProbe implements AutoCloseable {

    public static final String GROUP = "notification-service";
    private final Admin admin;

    public KafkaProbe() {
        Properties config = new Properties();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestBackends.backend().kafkaBootstrap());
        admin = Admin.create(config);
    }

    /** Waits until the service's consumer group has committed past every given record. */
    public void awaitConsumed(Collection<RecordMetadata> records) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<TopicPartition, OffsetAndMetadata> committed = committed();
            return records.stream().allMatch(r -> {
                OffsetAndMetadata offset = committed.get(new TopicPartition(r.topic(), r.partition()));
                return offset != null && offset.offset() > r.offset();
            });
        });
    }

    public Map<TopicPartition, OffsetAndMetadata> committed() throws ExecutionException, InterruptedException {
        return admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata()
                .get();
    }

    public Map<TopicPartition, Long> endOffsets(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
        for (int p = 0; p < TestBackends.PARTITIONS; p++) {
            request.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        Map<TopicPartition, Long> ends = new java.util.HashMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** What a crash before committing leaves behind: the group's offsets as they were at {@code offsets}. */
    public void rewindGroup(Map<TopicPartition, Long> offsets) throws ExecutionException, InterruptedException {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.describeConsumerGroups(List.of(GROUP))
                                .all()
                                .get()
                                .get(GROUP)
                                .groupState()
                        == GroupState.EMPTY);
        Map<TopicPartition, OffsetAndMetadata> target = new java.util.HashMap<>();
        offsets.forEach((tp, offset) -> target.put(tp, new OffsetAndMetadata(offset)));
        admin.alterConsumerGroupOffsets(GROUP, target).all().get();
    }

    /** Reads {@code topic} from the beginning until records matching {@code wanted} have appeared. */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, int count) {
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.backend().kafkaBootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }

    /** Everything on {@code topic} up to its current end. */
    public List<ConsumerRecord<String, byte[]>> readAll(String topic) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Properties config = new Properties();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.backend().kafkaBootstrap());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(found::add);
                return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return found;
    }

    @Override
    public void close() {
        admin.close();
    }
}
