package io.spinecare.booking.support;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The one switch between a real {@code apache/kafka} container and a real Kafka broker (KRaft) in
 * this JVM, like {@link MongoBackend}. Started once per JVM and shared by every application
 * context, every test's plain consumers and the relay benchmark.
 */
public final class KafkaBackend {

    private static String bootstrapServers;

    private KafkaBackend() {}

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = useContainers() ? startContainer() : startEmbedded();
        }
        return bootstrapServers;
    }

    private static boolean useContainers() {
        String chosen = System.getProperty("spinecare.backend", "auto");
        if (chosen.equals("containers")) {
            return true;
        }
        if (chosen.equals("embedded")) {
            return false;
        }
        if (!java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                && System.getenv("DOCKER_HOST") == null) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException noDocker) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static String startContainer() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        kafka.start();
        return kafka.getBootstrapServers();
    }

    private static String startEmbedded() {
        // No topics here: the service creates its own at start (EventTopics), as in production.
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        return broker.getBrokersAsString();
    }
}
