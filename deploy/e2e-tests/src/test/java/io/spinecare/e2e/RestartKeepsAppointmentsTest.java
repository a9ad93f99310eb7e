package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.localstack.LocalStack;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stopping the whole stack and starting it again on the same data folder keeps appointments and demo data. */
class RestartKeepsAppointmentsTest {

    @Test
    void anAppointmentMadeBeforeARestartIsStillThereAfterIt() throws Exception {
        Path dataDir = Path.of("target/restart-data").toAbsolutePath();
        RunningStack.deleteRecursively(dataDir);
        Map<String, String> settings = RunningStack.settingsFor(dataDir);
        String gatewayUrl = "http://localhost:" + settings.get("GATEWAY_PORT");

        JsonNode booked;
        try (LocalStack first = RunningStack.start(settings)) {
            booked = book(new GatewayClient(gatewayUrl));
        }

        try (LocalStack second = RunningStack.start(settings)) {
            GatewayClient gateway = new GatewayClient(gatewayUrl);
            GatewayClient.Answer view = gateway.get(
                    "/api/appointments/" + booked.get("reference").asText(),
                    Map.of("X-Manage-Token", booked.get("manageToken").asText()));

            assertThat(view.status()).isEqualTo(200);
            assertThat(view.body().get("id").asText())
                    .isEqualTo(booked.get("id").asText());
            assertThat(view.body().get("status").asText()).isEqualTo("pending");
            assertThat(gateway.get("/api/specialists", Map.of()).body().size())
                    .as("demo data is loaded once, not again on the second start")
                    .isEqualTo(3);
        }
    }

    private static JsonNode book(GatewayClient gateway) throws Exception {
        LocalDate from = LocalDate.now().plusDays(3);
        JsonNode slots = gateway.get(
                        "/api/slots?specialistId=dr-arjun-rao&conditionId=scoliosis"
                                + "&consultationType=NEW_CONSULTATION&from=" + from + "&to=" + from.plusDays(7),
                        Map.of())
                .body();
        return gateway.bookWithoutScans(slots.get(0).get("id").asText(), null, "scoliosis", "Ravi Kumar")
                .expect(201);
    }
}
