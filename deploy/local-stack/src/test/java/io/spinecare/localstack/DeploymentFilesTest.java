package io.spinecare.localstack;

import static io.spinecare.localstack.DeploymentYaml.REPOSITORY;
import static io.spinecare.localstack.DeploymentYaml.containerOf;
import static io.spinecare.localstack.DeploymentYaml.kubernetes;
import static io.spinecare.localstack.DeploymentYaml.kubernetesDocuments;
import static io.spinecare.localstack.DeploymentYaml.list;
import static io.spinecare.localstack.DeploymentYaml.map;
import static io.spinecare.localstack.DeploymentYaml.probePath;
import static io.spinecare.localstack.DeploymentYaml.read;
import static io.spinecare.localstack.DeploymentYaml.yamlDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compose and Kubernetes files must parse and must only use what the services really have: the environment
 * variables their application.yml reads, their ports, and their health paths. The hardening they must keep
 * (ADR 0404) is pinned by {@link DeploymentHardeningTest}.
 */
class DeploymentFilesTest {

    private static final List<String> SERVICES = List.of("booking-service", "notification-service", "gateway");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    void everyVariableGivenToAServiceIsOneTheServicesRead() throws IOException {
        Set<String> read = variablesReadByServices();
        Set<String> given = new TreeSet<>();
        given.addAll(composeServiceVariables());
        given.addAll(kubernetesVariables());

        assertThat(read).as("variables read by the services").contains("MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS");
        assertThat(given).as("variables set in deploy/compose and deploy/k8s").isSubsetOf(read);
    }

    @Test
    void noManageTokenSecretHasAUsableDefaultOutsideTheLocalStack() throws IOException {
        for (String service : List.of("booking-service", "notification-service")) {
            assertThat(read(REPOSITORY.resolve(service + "/src/main/resources/application.yml")))
                    .as(service + " has an empty default, which it refuses at start")
                    .contains("secret: ${MANAGE_TOKEN_SECRET:}");
        }
        Map<String, Object> services = map(yamlDocuments(REPOSITORY.resolve("deploy/compose/compose.yaml"))
                .get(0)
                .get("services"));
        for (String service : List.of("booking-service", "notification-service")) {
            assertThat((String)
                            map(map(services.get(service)).get("environment")).get("MANAGE_TOKEN_SECRET"))
                    .as("compose stops unless the variable is set")
                    .startsWith("${MANAGE_TOKEN_SECRET:?");
        }
        Map<String, Object> secret = kubernetes("Secret", "spinecare-manage-token");
        assertThat((String) map(secret.get("stringData")).get("MANAGE_TOKEN_SECRET"))
                .as("the placeholder is one the services refuse (ManageTokenProperties.PUBLISHED_EXAMPLES)")
                .isEqualTo("replace-with-32-or-more-random-bytes-see-adr-0207");
    }

    @ParameterizedTest
    @CsvSource({"booking-service, 8081", "notification-service, 8082", "gateway, 8080"})
    void portsMatchTheServicesDefaults(String service, int port) throws IOException {
        assertThat(read(REPOSITORY.resolve(service + "/src/main/resources/application.yml")))
                .contains("${SERVER_PORT:" + port + "}");
        Map<String, Object> compose =
                yamlDocuments(REPOSITORY.resolve("deploy/compose/compose.yaml")).get(0);
        Map<String, Object> composeService = map(map(compose.get("services")).get(service));
        assertThat(map(composeService.get("environment")).get("SERVER_PORT")).isEqualTo(Integer.toString(port));

        Map<String, Object> deployment = kubernetes("Deployment", service);
        Map<String, Object> container = containerOf(deployment);
        assertThat(map(list(container.get("ports")).get(0)).get("containerPort"))
                .isEqualTo(port);
    }

    @ParameterizedTest
    @CsvSource({"booking-service", "notification-service", "gateway"})
    void probesUseTheHealthGroupsTheServicesExpose(String service) throws IOException {
        String config = read(REPOSITORY.resolve(service + "/src/main/resources/application.yml"));
        assertThat(config).as(service + " exposes liveness and readiness").containsPattern("probes:\\s+enabled: true");

        Map<String, Object> container = containerOf(kubernetes("Deployment", service));
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
        assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
        assertThat(kubernetes("PodDisruptionBudget", service)).isNotNull();
        assertThat(kubernetes("HorizontalPodAutoscaler", service)).isNotNull();
    }

    @Test
    void kustomizationListsEveryManifestInTheFolder() throws IOException {
        Map<String, Object> kustomization = yamlDocuments(REPOSITORY.resolve("deploy/k8s/kustomization.yaml"))
                .get(0);
        List<Object> resources = list(kustomization.get("resources"));
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("deploy/k8s"))) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                    .toList();
            assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    private static Set<String> variablesReadByServices() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String service : SERVICES) {
            try (Stream<Path> files = Files.list(REPOSITORY.resolve(service + "/src/main/resources"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.ya?ml"))
                        .toList()) {
                    Matcher matcher = PLACEHOLDER.matcher(read(file));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> composeServiceVariables() throws IOException {
        Map<String, Object> services = map(yamlDocuments(REPOSITORY.resolve("deploy/compose/compose.yaml"))
                .get(0)
                .get("services"));
        Set<String> names = new TreeSet<>();
        for (String service : SERVICES) {
            names.addAll(map(map(services.get(service)).get("environment")).keySet());
        }
        return names;
    }

    private static Set<String> kubernetesVariables() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> document : kubernetesDocuments()) {
            if ("ConfigMap".equals(document.get("kind"))) {
                names.addAll(map(document.get("data")).keySet());
            } else if ("Secret".equals(document.get("kind"))) {
                names.addAll(map(document.get("stringData")).keySet());
            } else if ("Deployment".equals(document.get("kind"))) {
                for (Object env : list(containerOf(document).get("env"))) {
                    names.add((String) map(env).get("name"));
                }
            }
        }
        return names;
    }
}
