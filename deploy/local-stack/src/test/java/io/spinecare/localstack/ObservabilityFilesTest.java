package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/observability: the compose alerts and the Kubernetes PrometheusRule are the same rules, every alert the
 * operators rely on is there, and the Grafana dashboard has the shape Grafana's dashboard schema asks for (the
 * stack's DashboardMetricsTest checks the metrics they read against the running services).
 */
class ObservabilityFilesTest {

    private static final Path DIR = Path.of("../observability");

    @Test
    void theComposeRulesAndThePrometheusRuleAreTheSame() throws IOException {
        Map<String, Object> plain = load("prometheus/rules.yml");
        Map<String, Object> rule = load("k8s/prometheus-rule.yaml");

        assertThat(rule.get("kind")).isEqualTo("PrometheusRule");
        assertThat(rule.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
        assertThat(rule.get("spec")).isEqualTo(plain);
    }

    @Test
    void everyAlertTheIssueAsksForIsThereWithAnExpressionAndASummary() throws IOException {
        List<Map<String, Object>> rules = rules(load("prometheus/rules.yml"));

        assertThat(rules)
                .extracting(r -> r.get("alert"))
                .contains(
                        "OutboxDepthGrowing",
                        "RelayLagOverBudget",
                        "AppointmentEventsDeadLettered",
                        "DeliveryBreakerOpen",
                        "RemindersLate",
                        "EmailFailures");
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.get("expr")).asString().isNotBlank();
            assertThat(((Map<?, ?>) r.get("annotations")).get("summary"))
                    .asString()
                    .isNotBlank();
            assertThat(((Map<?, ?>) r.get("labels")).get("severity")).isIn("warning", "critical");
        });
    }

    @Test
    void theDashboardHasTheShapeGrafanaImports() throws IOException {
        Map<String, Object> dashboard = load("grafana/spinecare-overview.json");

        assertThat(dashboard).containsKeys("uid", "title", "schemaVersion", "panels", "time");
        assertThat((Integer) dashboard.get("schemaVersion")).isGreaterThanOrEqualTo(36);
        List<Map<String, Object>> panels = list(dashboard.get("panels"));
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> panel : panels) {
            assertThat(ids.add(panel.get("id")))
                    .as("unique panel id %s", panel.get("id"))
                    .isTrue();
            assertThat(panel.get("type")).isIn("timeseries", "stat", "gauge", "table");
            assertThat(panel.get("title")).asString().isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Object> grid = (Map<String, Object>) panel.get("gridPos");
            assertThat(grid.keySet()).containsExactlyInAnyOrder("h", "w", "x", "y");
            assertThat((Integer) grid.get("x") + (Integer) grid.get("w")).isLessThanOrEqualTo(24);
            List<Map<String, Object>> targets = list(panel.get("targets"));
            assertThat(targets).isNotEmpty().allSatisfy(t -> {
                assertThat(t.get("refId")).asString().isNotBlank();
                assertThat(t.get("expr")).asString().isNotBlank();
            });
        }
    }

    private static List<Map<String, Object>> rules(Map<String, Object> file) {
        List<Map<String, Object>> groups = list(file.get("groups"));
        return groups.stream()
                .flatMap(group -> ObservabilityFilesTest.<Map<String, Object>>list(group.get("rules")).stream())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    private static Map<String, Object> load(String file) throws IOException {
        // JSON is YAML, so one parser reads all three files
        return new Yaml().load(Files.readString(DIR.resolve(file)));
    }
}
