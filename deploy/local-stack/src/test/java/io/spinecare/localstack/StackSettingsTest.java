package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsAreTheDocumentedPortsAndTheEmbeddedInfrastructure() {
        StackSettings settings = StackSettings.from(Map.of());

        assertThat(settings.gatewayPort()).isEqualTo(8080);
        assertThat(settings.bookingPort()).isEqualTo(8081);
        assertThat(settings.notificationPort()).isEqualTo(8082);
        assertThat(settings.mongoUri()).isEqualTo("mongodb://localhost:27017");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("localhost:9092");
        assertThat(settings.smtpHost()).isEqualTo("localhost");
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.imapPort()).isEqualTo(3143);
    }

    @Test
    void environmentVariablesPointThePiecesAtRealInfrastructure() {
        StackSettings settings = StackSettings.from(Map.of(
                "GATEWAY_PORT", "9080",
                "MONGODB_URI", "mongodb://db.example:27017/?replicaSet=rs0",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "SMTP_HOST", "mail.example"));

        assertThat(settings.gatewayPort()).isEqualTo(9080);
        assertThat(settings.mongoUri()).isEqualTo("mongodb://db.example:27017/?replicaSet=rs0");
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("kafka.example:9092");
        assertThat(settings.smtpHost()).isEqualTo("mail.example");
    }

    @Test
    void aPortThatIsNotANumberIsRejectedByName() {
        assertThatThrownBy(() -> StackSettings.from(Map.of("KAFKA_PORT", "ninety")))
                .hasMessageContaining("KAFKA_PORT")
                .hasMessageContaining("ninety");
    }
}
