package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.client.booking.api.AppointmentsApi;
import io.spinecare.client.booking.api.SlotsApi;
import io.spinecare.client.booking.model.BookingRequest;
import io.spinecare.client.booking.model.OpenSlotView;
import io.spinecare.client.booking.model.PatientDetails;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every metric a dashboard panel or an alert in deploy/observability reads is one the running services expose on
 * their management ports, after one booking has gone through to its confirmation e-mail.
 */
class DashboardMetricsTest {

    private static final Path OBSERVABILITY = Path.of("../observability");
    private static final List<String> SERVICES = List.of("booking-service", "notification-service", "gateway");
    private static final Pattern EXPR = Pattern.compile("^\\s*expr:\\s*(.+)$", Pattern.MULTILINE);

    @Test
    void dashboardsAndAlertsNameOnlyMetricsTheServicesExpose() throws Exception {
        RunningStack stack = RunningStack.get();
        bookOne(stack);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> scrape(stack.metricsUrl("notification-service"))
                                .contains("spinecare_notifications_total{channel=\"EMAIL\"")
                        // the utilisation gauge has series once a refresh has seen the seeded week's slots
                        && scrape(stack.metricsUrl("booking-service")).contains("spinecare_slots_utilisation{"));

        Map<String, Set<String>> exposed = new HashMap<>();
        for (String service : SERVICES) {
            exposed.put(service, namesIn(scrape(stack.metricsUrl(service))));
        }
        Set<String> all = new TreeSet<>();
        exposed.values().forEach(all::addAll);

        Set<String> named = namedByDashboardsAndAlerts();
        assertThat(named).as("metrics the dashboard and alerts read").hasSizeGreaterThan(10);
        assertThat(all).as("metrics the services expose").containsAll(named);
        assertThat(scrape(stack.metricsUrl("booking-service")))
                .containsPattern("spinecare_bookings_total\\{outcome=\"created\",reason=\"none\"[^}]*} [1-9]");
        assertThat(exposed.get("booking-service"))
                .contains("spinecare_outbox_relay_lag_seconds_count", "spinecare_holds_expired_total");
        assertThat(exposed.get("gateway")).as("the routes' breakers").contains("resilience4j_circuitbreaker_state");
    }

    private static Set<String> namedByDashboardsAndAlerts() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String rules : List.of("prometheus/rules.yml", "k8s/prometheus-rule.yaml")) {
            Matcher expr = EXPR.matcher(Files.readString(OBSERVABILITY.resolve(rules)));
            while (expr.find()) {
                names.addAll(PromQlNames.in(expr.group(1)));
            }
        }
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree(Files.readString(OBSERVABILITY.resolve("grafana/spinecare-overview.json")));
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                names.addAll(PromQlNames.in(target.path("expr").asString()));
            }
        }
        return names;
    }

    /** The metric names of a Prometheus text exposition: each sample line's name. */
    private static Set<String> namesIn(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    private static String scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    private static void bookOne(RunningStack stack) throws Exception {
        GeneratedClients clients = new GeneratedClients(stack.gatewayUrl());
        SlotsApi slots = new SlotsApi(clients.booking());
        LocalDate from = LocalDate.now().plusDays(4);
        List<OpenSlotView> free = slots.searchSlots(
                "dr-arjun-rao",
                "spondylolisthesis",
                "NEW_CONSULTATION",
                from.toString(),
                from.plusDays(10).toString());
        OpenSlotView slot = free.get(free.size() - 1);
        // no hold: all stack tests share one client address, and holds per client are capped (ADR 0221)
        new AppointmentsApi(clients.booking())
                .bookAppointment(
                        new BookingRequest()
                                .slotId(slot.getId())
                                .consultationType(BookingRequest.ConsultationTypeEnum.NEW_CONSULTATION)
                                .conditionId("spondylolisthesis")
                                .patient(new PatientDetails()
                                        .name("Kavita Menon")
                                        .email(GatewayClient.emailOf("Kavita Menon"))
                                        .phone("+91 98765 43210")
                                        .dateOfBirth(LocalDate.of(1972, 8, 3)))
                                .imaging(List.of()),
                        UUID.randomUUID().toString());
    }
}
