package io.spinecare.booking.support;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch between real MongoDB and the embedded stand-in. With Docker (or with
 * {@code -Dspinecare.backend=containers}) tests run against a real {@code mongo} replica set;
 * otherwise against mongo-java-server's memory backend. Started once per JVM and shared by every
 * application context, which is also what lets two contexts share one database.
 */
public final class MongoBackend {

    private static final String DATABASE = "spinecare-booking-test";
    private static ConnectionString connectionString;

    private MongoBackend() {}

    public static synchronized ConnectionString connectionString() {
        if (connectionString == null) {
            connectionString = new ConnectionString(useContainers() ? startContainer() : startEmbedded());
        }
        return connectionString;
    }

    /** True on a real MongoDB server, where query plans can be asked for. */
    public static boolean isReal() {
        return useContainers();
    }

    public static String kind() {
        return useContainers() ? "mongo container" : "mongo-java-server (memory)";
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
            return false; // spares every run Testcontainers' loud probe on machines without Docker
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException noDocker) {
            return false;
        }
    }

    private static String startContainer() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");
        mongo.start();
        return mongo.getReplicaSetUrl(DATABASE);
    }

    private static String startEmbedded() {
        MongoServer server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE;
    }
}
