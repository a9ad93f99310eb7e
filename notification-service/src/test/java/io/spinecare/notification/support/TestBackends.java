package io.spinecare.notification.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch point for test infrastructure. With Docker (or {@code -Dspinecare.backend=containers})
 * tests run against real {@code mongo} and {@code apache/kafka} containers; otherwise against a real
 * Kafka broker (KRaft) in this JVM and mongo-java-server. Either way each backend starts once per JVM and
 * is shared by every test class and every application context (the benchmark uses it too).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBackends {

    public static final String APPOINTMENTS = "spinecare.appointments";
    public static final String WAITLIST = "spinecare.waitlist";
    public static final String DEAD_LETTER = "spinecare.appointments-dlt";
    public static final String NOTIFICATIONS = "spinecare.notifications";
    public static final int PARTITIONS = 3;

    private static Backend backend;

    public static synchronized Backend backend() {
        if (backend == null) {
            backend = useContainers() ? Backend.containers() : Backend.embedded();
        }
        return backend;
    }

    static boolean useContainers() {
        String choice = System.getProperty("spinecare.backend", "auto");
        if (choice.equals("containers")) {
            return true;
        }
        if (choice.equals("embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Bean
    DynamicPropertyRegistrar testBackendProperties() {
        return registry -> {
            Backend b = backend();
            registry.add("spring.mongodb.uri", TestBackends::serviceMongoUri);
            registry.add("spring.kafka.bootstrap-servers", b::kafkaBootstrap);
            registry.add("spring.mail.host", () -> "127.0.0.1");
            registry.add("spring.mail.port", TestSmtp::port);
            registry.add("spinecare.notification.sms.url", TestSmsGateway::url);
            registry.add("spinecare.notification.contacts.booking-service-url", TestBookingService::bookingServiceUrl);
            registry.add("spinecare.notification.contacts.token-uri", TestBookingService::tokenUri);
            registry.add("spinecare.notification.contacts.client-secret", () -> TestBookingService.CLIENT_SECRET);
            registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestJwt::publicKeyLocation);
        };
    }

    private static TcpProxy mongoProxy;

    /** The service reaches MongoDB through a proxy a test can cut; fails fast while it is cut. */
    static synchronized String serviceMongoUri() {
        java.net.URI direct = java.net.URI.create(backend().mongoUri().replace("mongodb://", "http://"));
        if (mongoProxy == null) {
            mongoProxy = new TcpProxy(direct.getHost(), direct.getPort()).start();
        }
        String query = direct.getQuery() == null ? "" : direct.getQuery() + "&";
        return "mongodb://127.0.0.1:" + mongoProxy.port() + direct.getPath() + "?" + query
                + "serverSelectionTimeoutMS=2000&connectTimeoutMS=1000";
    }

    /** Cuts or restores the service's connection to MongoDB. */
    public static synchronized void mongoReachable(boolean reachable) {
        if (reachable) {
            mongoProxy.start();
        } else {
            mongoProxy.stop();
        }
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.shared();
    }

    @Bean
    NewTopic appointmentsTopic() {
        return new NewTopic(APPOINTMENTS, PARTITIONS, (short) 1);
    }

    /** Where Kafka and MongoDB are; started on first use, stopped when the JVM exits. */
    public record Backend(String kafkaBootstrap, String mongoUri) {

        static Backend embedded() {
            var kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS, APPOINTMENTS, DEAD_LETTER, NOTIFICATIONS, WAITLIST);
            kafka.afterPropertiesSet();
            MongoServer mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            InetSocketAddress address = mongo.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.shutdownNow();
                kafka.destroy();
            }));
            return new Backend(
                    kafka.getBrokersAsString(),
                    "mongodb://127.0.0.1:" + address.getPort() + "/spinecare-notifications-test");
        }

        @SuppressWarnings("resource")
        static Backend containers() {
            var kafka = new KafkaContainer("apache/kafka:4.1.1");
            var mongo = new MongoDBContainer("mongo:8.0").withReplicaSet();
            kafka.start();
            mongo.start();
            return new Backend(kafka.getBootstrapServers(), mongo.getReplicaSetUrl("spinecare-notifications-test"));
        }
    }

    /** The clock as a plain {@link Clock}, for code outside a Spring context. */
    public static Clock clock() {
        return MutableClock.shared();
    }
}
