package io.spinecare.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * SpineCare on one machine with nothing but a JDK: a real Kafka broker, the MongoDB-protocol store and a mail
 * server in this JVM, then booking-service, notification-service and the gateway as their own processes.
 * Ctrl-C stops everything in reverse order; the data folder keeps bookings, events and mail settings between runs.
 */
public final class LocalStack implements AutoCloseable {

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private MailServer mail;
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        stack.start(StackSettings.from(System.getenv()), Path.of("").toAbsolutePath());
        printWelcome(StackSettings.from(System.getenv()));
        new CountDownLatch(1).await(); // until Ctrl-C
    }

    /**
     * Starts the whole stack and returns once every service reports UP. The settings come from the environment
     * in {@link #main}; tests pass their own (free ports, a data folder of their own).
     */
    public static LocalStack start(Map<String, String> settings, Path repository) throws Exception {
        LocalStack stack = new LocalStack();
        try {
            stack.start(StackSettings.from(settings), repository);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** Each service's management port (health, {@code /actuator/prometheus}), by module name. */
    public Map<String, Integer> managementPorts() {
        return Map.copyOf(managementPorts);
    }

    /** The mail the embedded SMTP server received, oldest first. */
    public List<jakarta.mail.internet.MimeMessage> receivedMail() {
        return mail == null ? List.of() : mail.received();
    }

    private void start(StackSettings settings, Path repository) throws Exception {
        Instant startedAt = Instant.now();
        startInfrastructure(settings);

        Map<String, String> env = serviceEnvironment(settings);
        Path logs = settings.dataDir().resolve("logs");
        Path cache = settings.dataDir().resolve("startup-cache");
        List<ServiceProcess> services = List.of(
                ServiceProcess.start(repository, "booking-service", settings.bookingPort(), env, logs, cache),
                ServiceProcess.start(repository, "notification-service", settings.notificationPort(), env, logs, cache),
                ServiceProcess.start(
                        repository, "gateway", settings.gatewayPort(), withoutManageTokenKeys(env), logs, cache));
        services.forEach(running::push);
        services.forEach(service -> managementPorts.put(service.name(), service.managementPort()));
        for (ServiceProcess service : services) {
            Duration upAfter = service.awaitHealthy(startedAt, Duration.ofMinutes(3));
            System.out.printf(
                    "  %-22s UP after %4.1f s  http://localhost:%d  (metrics, health: http://localhost:%d/actuator)%n",
                    service.name(), upAfter.toMillis() / 1000.0, service.port(), service.managementPort());
        }
        if (new DemoData("http://localhost:" + settings.gatewayPort()).loadIfEmpty(LocalDate.now())) {
            System.out.println("  demo data loaded: 3 specialists, 3 weeks of slots");
        }
    }

    private void startInfrastructure(StackSettings settings) throws Exception {
        running.push(TracePage.start(traces(settings), settings.tracesPort()));
        System.out.println("  Trace viewer            http://localhost:" + settings.tracesPort());
        if (settings.externalMongoUri() == null) {
            running.push(MongoStore.start(
                    settings.dataDir().resolve("mongo").resolve("spinecare.mv"), settings.mongoPort()));
            System.out.println("  MongoDB-protocol store  mongodb://localhost:" + settings.mongoPort());
        }
        if (settings.externalKafka() == null) {
            running.push(KafkaBroker.start(settings.dataDir().resolve("kafka"), settings.kafkaPort()));
            System.out.println("  Kafka broker (KRaft)    localhost:" + settings.kafkaPort());
        }
        if (settings.externalSmtpHost() == null) {
            mail = MailServer.start(settings.smtpPort(), settings.imapPort());
            running.push(mail);
            running.push(InboxPage.start(mail, settings.inboxPort()));
            System.out.println("  SMTP / IMAP             localhost:" + settings.smtpPort() + " / localhost:"
                    + settings.imapPort());
        }
    }

    /** The environment every service reads its infrastructure addresses from (see each application.yml). */
    private static Map<String, String> serviceEnvironment(StackSettings settings) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        // The same signing key for both services, generated once per data folder (ManageTokenSecret).
        if (env.get("MANAGE_TOKEN_SECRET") == null
                || env.get("MANAGE_TOKEN_SECRET").isBlank()) {
            env.put("MANAGE_TOKEN_SECRET", ManageTokenSecret.loadOrCreate(settings.dataDir()));
            env.remove("MANAGE_TOKEN_KEY_ID");
        }
        env.put("MONGODB_URI", settings.mongoUri());
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("SMTP_HOST", settings.smtpHost());
        env.putIfAbsent("SMTP_PORT", Integer.toString(settings.smtpPort()));
        env.put("BOOKING_SERVICE_URL", "http://localhost:" + settings.bookingPort());
        env.put("NOTIFICATION_SERVICE_URL", "http://localhost:" + settings.notificationPort());
        // notification-service fetches contact details from booking-service with a token from here (ADR 0212)
        env.putIfAbsent("AUTH_TOKEN_URI", "http://localhost:" + settings.gatewayPort() + "/api/auth/oauth2/token");
        env.putIfAbsent("JWT_JWK_SET_URI", "http://localhost:" + settings.gatewayPort() + "/api/auth/jwks");
        env.putIfAbsent("PUBLIC_BASE_URL", "http://localhost:" + settings.gatewayPort());
        env.putIfAbsent("SPRING_PROFILES_ACTIVE", "local");
        // each service writes its finished spans to <directory>/<service>.jsonl for the trace viewer (ADR 0800)
        env.putIfAbsent("SPINECARE_TRACING_DIRECTORY", traces(settings).toString());
        return env;
    }

    private static Path traces(StackSettings settings) {
        return settings.dataDir().resolve("traces");
    }

    /** The gateway neither signs nor checks manage tokens, so it does not get the keys. */
    private static Map<String, String> withoutManageTokenKeys(Map<String, String> env) {
        Map<String, String> gateway = new HashMap<>(env);
        gateway.keySet().removeIf(name -> name.startsWith("MANAGE_TOKEN_"));
        return gateway;
    }

    private static void printWelcome(StackSettings settings) {
        System.out.println();
        System.out.println("SpineCare is running.");
        System.out.println("  Patient pages    http://localhost:" + settings.gatewayPort() + "/");
        System.out.println("  Front desk       http://localhost:" + settings.gatewayPort() + "/desk");
        System.out.println("  API (Swagger UI) http://localhost:" + settings.gatewayPort() + "/swagger-ui.html");
        if (settings.externalSmtpHost() == null) {
            System.out.println("  Mail received    http://localhost:" + settings.inboxPort() + "/");
        }
        System.out.println("  Traces           http://localhost:" + settings.tracesPort() + "/");
        System.out.println("  Logs             " + settings.dataDir().resolve("logs"));
        System.out.println(
                "  Staff sign-in    user '" + DemoData.DESK_USER + "', password '" + DemoData.DESK_PASSWORD + "'");
        System.out.println("Press Ctrl-C to stop.");
    }

    /** Stops everything in reverse order of starting. */
    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
        System.out.println("SpineCare stopped.");
    }
}
