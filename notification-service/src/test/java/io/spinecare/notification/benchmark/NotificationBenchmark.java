package io.spinecare.notification.benchmark;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import io.spinecare.notification.NotificationServiceApplication;
import io.spinecare.notification.support.AppointmentEventBuilder;
import io.spinecare.notification.support.EventProducer;
import io.spinecare.notification.support.MutableClock;
import io.spinecare.notification.support.TestBackends;
import io.spinecare.notification.support.TestBookingService;
import io.spinecare.notification.support.TestSmtp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Event-to-e-mail benchmark (not a test): the real service against the in-JVM Kafka broker, MongoDB
 * stand-in and GreenMail. It publishes booking events as booking-service does ({@code .v2}, without contact
 * details) and times each one from the producer's send to GreenMail accepting the confirmation (SMTP DATA
 * done). Each event's contact is asked over HTTP with a service token, as from booking-service, which here
 * answers after {@code BENCHMARK_LOOKUP_MS} (10 ms: its own time per look-up on the local stack). Every event
 * also stores two reminders, as in production. Run: {@code ./mvnw -B -ntp -o -pl notification-service -am
 * -Pbenchmark -DskipTests verify} (optionally {@code -Dbenchmark.events=5000}, and the environment's
 * {@code BENCHMARK_PARALLELISM=3} for the appointments handled side by side, ADR 0213).
 */
public final class NotificationBenchmark {

    private final Map<String, Long> producedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    private final TestBookingService bookingService = TestBookingService.shared();

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int status = 1;
        try {
            new NotificationBenchmark().run(events);
            status = 0;
        } finally {
            // The in-JVM broker's threads would keep the JVM alive.
            System.exit(status);
        }
    }

    private void run(int events) {
        System.setProperty("spinecare.backend", System.getProperty("spinecare.backend", "embedded"));
        TestBackends.Backend backend = TestBackends.backend();
        // Events are stamped by the tests' shared clock; the service runs on the real one. Align them, or
        // every appointment would already be over and its confirmation dropped as useless.
        MutableClock.shared().set(Instant.now());
        Duration lookup = Duration.ofMillis(Long.parseLong(setting("BENCHMARK_LOOKUP_MS", "10")));
        bookingService.answerAfter(lookup);
        timeReceipts();
        try (ConfigurableApplicationContext service = start(backend);
                EventProducer producer = new EventProducer()) {
            measure("warm-up", producer, 300, 0);
            Result burst = measure("burst", producer, events, 0);
            int paced = Math.max(10, (int) (burst.throughput() / 2));
            Result steady = measure("paced at " + paced + "/s", producer, Math.min(events, paced * 20), paced);
            System.out.println();
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
            System.out.println(
                    "Contact look-up answered after " + lookup.toMillis() + " ms; appointments side by side: "
                            + service.getEnvironment().getProperty("spinecare.notification.consumer.parallelism"));
            System.out.println(burst);
            System.out.println(steady);
        }
    }

    /** From the environment: the forked benchmark JVM inherits Maven's environment, not its properties. */
    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private ConfigurableApplicationContext start(TestBackends.Backend backend) {
        // Command-line arguments: they outrank application.yml, as the environment would in production.
        return new SpringApplicationBuilder(NotificationServiceApplication.class)
                .run(
                        "--spring.mongodb.uri=" + backend.mongoUri(),
                        "--spring.kafka.bootstrap-servers=" + backend.kafkaBootstrap(),
                        "--spring.kafka.consumer.group-id=notification-benchmark-" + UUID.randomUUID(),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestSmtp.port(),
                        "--spinecare.notification.contacts.booking-service-url="
                                + TestBookingService.bookingServiceUrl(),
                        "--spinecare.notification.contacts.token-uri=" + TestBookingService.tokenUri(),
                        "--spinecare.notification.contacts.client-secret=" + TestBookingService.CLIENT_SECRET,
                        "--spinecare.notification.consumer.parallelism=" + setting("BENCHMARK_PARALLELISM", "16"),
                        "--server.port=0",
                        "--MANAGE_TOKEN_SECRET=benchmark-only-manage-token-secret-0123456789",
                        "--logging.level.root=WARN");
    }

    /** GreenMail hands each accepted message to this handler: that instant is "e-mail delivered". */
    private void timeReceipts() {
        var users = TestSmtp.server().getManagers().getUserManager();
        MessageDeliveryHandler original = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            long now = System.nanoTime();
            String[] delivery = message.getMessage().getHeader("X-SpineCare-Delivery");
            if (delivery != null) {
                receivedAt.putIfAbsent(delivery[0].substring(0, delivery[0].indexOf(':')), now);
            }
            return original.handle(message, address);
        });
    }

    private Result measure(String name, EventProducer producer, int count, int perSecond) {
        List<String> ids = new ArrayList<>(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (perSecond > 0) {
                long due = start + i * 1_000_000_000L / perSecond;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
            }
            AppointmentEventBuilder booking = AppointmentEventBuilder.booking().thin();
            bookingService.knows(booking.appointmentId(), "Benchmark Patient", booking.email(), "+91 90000 00000");
            producedAt.put(booking.eventId(), System.nanoTime());
            ids.add(booking.eventId());
            producer.send(booking);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!ids.stream().allMatch(receivedAt::containsKey)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": not every e-mail arrived within 5 minutes");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        long last = ids.stream().mapToLong(receivedAt::get).max().orElseThrow();
        double[] latencies = ids.stream()
                .mapToDouble(id -> (receivedAt.get(id) - producedAt.get(id)) / 1_000_000.0)
                .sorted()
                .toArray();
        return new Result(name, count, count / ((last - start) / 1e9), latencies);
    }

    record Result(String name, int events, double throughput, double[] latenciesMs) {

        double percentile(double p) {
            return latenciesMs[Math.min(latenciesMs.length - 1, (int) Math.ceil(p * latenciesMs.length) - 1)];
        }

        @Override
        public String toString() {
            return String.format(
                    "%-18s %6d events  %7.1f e-mails/s  latency p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms",
                    name,
                    events,
                    throughput,
                    percentile(0.50),
                    percentile(0.99),
                    Arrays.stream(latenciesMs).max().orElse(0));
        }
    }
}
