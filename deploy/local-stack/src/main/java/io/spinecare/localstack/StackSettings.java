package io.spinecare.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Ports and addresses of the local stack. Every value can be overridden by an environment variable; when
 * {@code MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS} or {@code SMTP_HOST} is set, the stack uses that real
 * infrastructure and does not start its embedded stand-in.
 */
record StackSettings(
        Path dataDir,
        int gatewayPort,
        int bookingPort,
        int notificationPort,
        int kafkaPort,
        int mongoPort,
        int smtpPort,
        int imapPort,
        int inboxPort,
        int tracesPort,
        String externalMongoUri,
        String externalKafka,
        String externalSmtpHost) {

    static StackSettings from(Map<String, String> env) {
        return new StackSettings(
                Path.of(env.getOrDefault("SPINECARE_DATA_DIR", "data")).toAbsolutePath(),
                port(env, "GATEWAY_PORT", 8080),
                port(env, "BOOKING_PORT", 8081),
                port(env, "NOTIFICATION_PORT", 8082),
                port(env, "KAFKA_PORT", 9092),
                port(env, "MONGODB_PORT", 27017),
                port(env, "SMTP_PORT", 3025),
                port(env, "IMAP_PORT", 3143),
                port(env, "INBOX_PORT", 8025),
                port(env, "TRACES_PORT", 8026),
                env.get("MONGODB_URI"),
                env.get("KAFKA_BOOTSTRAP_SERVERS"),
                env.get("SMTP_HOST"));
    }

    String mongoUri() {
        return externalMongoUri != null ? externalMongoUri : "mongodb://localhost:" + mongoPort;
    }

    String kafkaBootstrapServers() {
        return externalKafka != null ? externalKafka : "localhost:" + kafkaPort;
    }

    String smtpHost() {
        return externalSmtpHost != null ? externalSmtpHost : "localhost";
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'", e);
        }
    }
}
