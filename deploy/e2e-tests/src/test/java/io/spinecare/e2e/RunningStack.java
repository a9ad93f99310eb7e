package io.spinecare.e2e;

import io.spinecare.localstack.LocalStack;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole SpineCare stack, started once per test run on free ports with a data folder of its own, exactly as
 * the README's run command starts it. Closed when the JVM of the test run ends.
 */
final class RunningStack {

    private static RunningStack instance;

    private final LocalStack stack;
    private final int gatewayPort;
    private final int kafkaPort;
    private final int mongoPort;
    private final Path dataDir;

    private final int tracesPort;

    private RunningStack(LocalStack stack, Map<String, String> settings) {
        this.stack = stack;
        this.gatewayPort = Integer.parseInt(settings.get("GATEWAY_PORT"));
        this.kafkaPort = Integer.parseInt(settings.get("KAFKA_PORT"));
        this.mongoPort = Integer.parseInt(settings.get("MONGODB_PORT"));
        this.tracesPort = Integer.parseInt(settings.get("TRACES_PORT"));
        this.dataDir = Path.of(settings.get("SPINECARE_DATA_DIR"));
    }

    static synchronized RunningStack get() throws Exception {
        if (instance == null) {
            Path dataDir = Path.of("target/stack-data").toAbsolutePath();
            deleteRecursively(dataDir);
            System.setProperty("SPINECARE_DATA_DIR", dataDir.toString()); // read by the stack's logback.xml
            Map<String, String> settings = settingsFor(dataDir);
            LocalStack stack = start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            instance = new RunningStack(stack, settings);
        }
        return instance;
    }

    /** Free ports for every piece and the given data folder. */
    static Map<String, String> settingsFor(Path dataDir) throws IOException {
        Map<String, String> settings = new HashMap<>();
        settings.put("SPINECARE_DATA_DIR", dataDir.toString());
        settings.put("GATEWAY_PORT", Integer.toString(freePort()));
        settings.put("BOOKING_PORT", Integer.toString(freePort()));
        settings.put("NOTIFICATION_PORT", Integer.toString(freePort()));
        settings.put("KAFKA_PORT", Integer.toString(freePortPair()));
        settings.put("MONGODB_PORT", Integer.toString(freePort()));
        settings.put("SMTP_PORT", Integer.toString(freePort()));
        settings.put("IMAP_PORT", Integer.toString(freePort()));
        settings.put("INBOX_PORT", Integer.toString(freePort()));
        settings.put("TRACES_PORT", Integer.toString(freePort()));
        return settings;
    }

    /** Starts a stack of its own, as the README's run command does, from the jars the build made. */
    static LocalStack start(Map<String, String> settings) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return LocalStack.start(
                        settings, Path.of("../..").toAbsolutePath().normalize());
            } catch (Exception failed) {
                if (attempt == 3 || !isPortTaken(failed)) {
                    throw failed;
                }
                // A port free when chosen was taken before the stack bound it (another process's outgoing
                // connection, say): choose every port again, in the same map, so callers see the new ones.
                settings.putAll(settingsFor(Path.of(settings.get("SPINECARE_DATA_DIR"))));
            }
        }
    }

    private static boolean isPortTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    /** The stack's Kafka broker, for tests that read the booking events as another system would. */
    String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** The stack's MongoDB-protocol store, holding both services' databases. */
    String mongoUri() {
        return "mongodb://localhost:" + mongoPort;
    }

    /** Where the services write their log files. */
    Path logs() {
        return dataDir.resolve("logs");
    }

    /** The local trace viewer. */
    String tracesUrl() {
        return "http://localhost:" + tracesPort;
    }

    /** A service's Prometheus endpoint on its management port. */
    String metricsUrl(String service) {
        return "http://localhost:" + stack.managementPorts().get(service) + "/actuator/prometheus";
    }

    List<MimeMessage> receivedMail() {
        return stack.receivedMail();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Kafka's controller listens on the port after the broker's. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another pair
            }
        }
        throw new IOException("no two adjacent free ports");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
