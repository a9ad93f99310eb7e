package io.spinecare.localstack;

import static io.spinecare.localstack.DeploymentYaml.REPOSITORY;
import static io.spinecare.localstack.DeploymentYaml.composeServices;
import static io.spinecare.localstack.DeploymentYaml.containerOf;
import static io.spinecare.localstack.DeploymentYaml.kubernetes;
import static io.spinecare.localstack.DeploymentYaml.kubernetesDocuments;
import static io.spinecare.localstack.DeploymentYaml.list;
import static io.spinecare.localstack.DeploymentYaml.map;
import static io.spinecare.localstack.DeploymentYaml.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What deploy/compose and deploy/k8s must keep (docs/adr/0404): one signing key for all gateway replicas,
 * trusted proxies, default-deny network policies, actuator on a port no Service exposes, and a compose
 * file that publishes only the gateway and the mail UI and gives no data store away without credentials.
 */
class DeploymentHardeningTest {

    @Test
    void everyGatewayReplicaReadsTheOneSigningKeyOfASecretAndNoneIsMadeOutsideTheLocalProfile() throws IOException {
        Map<String, Object> gateway = kubernetes("Deployment", "gateway");
        assertThat((Integer) map(gateway.get("spec")).get("replicas")).isGreaterThan(1);
        assertThat(list(containerOf(gateway).get("envFrom"))).anySatisfy(source -> assertThat(
                        map(map(source).get("secretRef")).get("name"))
                .isEqualTo("spinecare-gateway-signing-key"));
        String placeholder = (String)
                map(kubernetes("Secret", "spinecare-gateway-signing-key").get("stringData"))
                        .get("JWT_SIGNING_KEY");
        assertThat(placeholder)
                .as("a placeholder the gateway refuses, not a key")
                .doesNotContain("BEGIN");

        String config = read(REPOSITORY.resolve("gateway/src/main/resources/application.yml"));
        assertThat(config).contains("signing-key: ${JWT_SIGNING_KEY:}").doesNotContain("generate-signing-key");
        assertThat(read(REPOSITORY.resolve("gateway/src/main/resources/application-local.yml")))
                .contains("generate-signing-key: true");
    }

    @Test
    void theIngressIsATrustedProxyAndNoOtherForwardedHeaderIsBelieved() throws IOException {
        String proxies = (String)
                map(kubernetes("ConfigMap", "spinecare-config").get("data")).get("GATEWAY_TRUSTED_PROXIES");
        assertThat(proxies).matches("[0-9a-f.:]+/\\d+(,[0-9a-f.:]+/\\d+)*");
        assertThat(read(REPOSITORY.resolve("gateway/src/main/resources/application.yml")))
                .contains("trusted-proxies: ${GATEWAY_TRUSTED_PROXIES:}")
                .containsPattern(
                        "server:\\s+port: \\$\\{SERVER_PORT:8080}\\s+(#.*\\s+)*forward-headers-strategy: none");
    }

    @Test
    void everythingIsDeniedUnlessAPolicyAllowsIt() throws IOException {
        Map<String, Object> deny = kubernetes("NetworkPolicy", "default-deny-all");
        assertThat(map(map(deny.get("spec")).get("podSelector"))).isEmpty();
        assertThat(list(map(deny.get("spec")).get("policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(map(deny.get("spec"))).doesNotContainKeys("ingress", "egress");
    }

    @ParameterizedTest
    @CsvSource({
        "booking-service, 8081, gateway notification-service", // contact details (ADR 0212)
        "notification-service, 8082, gateway",
        "mongo, 27017, booking-service notification-service mongo",
        "kafka, 9092, booking-service notification-service kafka",
        "redis, 6379, gateway"
    })
    void onlyTheNamedPodsReachAPodsPort(String pod, int port, String allowed) throws IOException {
        Map<String, Object> spec = map(kubernetes("NetworkPolicy", pod).get("spec"));
        assertThat(map(map(spec.get("podSelector")).get("matchLabels")).get("app.kubernetes.io/name"))
                .isEqualTo(pod);
        for (Object rule : list(spec.get("ingress"))) {
            List<Object> ports = list(map(rule).get("ports"));
            boolean coversPort =
                    ports.isEmpty() || ports.stream().anyMatch(p -> Objects.equals(map(p).get("port"), port));
            if (coversPort) {
                assertThat(list(map(rule).get("from")))
                        .as(pod + ":" + port + " is reached only from pods of " + allowed)
                        .allSatisfy(from -> {
                            assertThat(map(from)).containsOnlyKeys("podSelector");
                            assertThat(map(map(map(from).get("podSelector")).get("matchLabels"))
                                            .get("app.kubernetes.io/name"))
                                    .isIn(Set.of(allowed.split(" ")));
                        });
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"booking-service", "notification-service", "gateway"})
    void actuatorHasAPortOfItsOwnThatNoServiceExposes(String service) throws IOException {
        Matcher port = Pattern.compile("port: \\$\\{MANAGEMENT_PORT:(\\d+)}")
                .matcher(read(REPOSITORY.resolve(service + "/src/main/resources/application.yml")));
        assertThat(port.find()).as(service + " sets management.server.port").isTrue();
        int management = Integer.parseInt(port.group(1));

        Map<String, Object> container = containerOf(kubernetes("Deployment", service));
        assertThat(list(container.get("ports"))).anySatisfy(p -> assertThat(map(p))
                .containsEntry("name", "management")
                .containsEntry("containerPort", management));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(map(map(container.get(probe)).get("httpGet")).get("port"))
                    .isEqualTo("management");
        }
        for (Object servicePort :
                list(map(kubernetes("Service", service).get("spec")).get("ports"))) {
            assertThat(map(servicePort).get("targetPort")).isEqualTo("http");
        }
        assertThat(map(map(composeServices().get(service)).get("environment")).get("MANAGEMENT_PORT"))
                .isEqualTo(Integer.toString(management));
    }

    @Test
    void composePublishesOnlyTheGatewayAndTheMailUi() throws IOException {
        Map<String, Object> services = composeServices();
        services.forEach((name, service) -> {
            List<Object> ports = list(map(service).get("ports"));
            switch (name) {
                case "gateway" -> assertThat(ports).containsExactly("8080:8080");
                case "mailpit" -> assertThat(ports).containsExactly("8025:8025");
                default ->
                    assertThat(ports)
                            .as(name + " is reachable only on the compose network")
                            .isEmpty();
            }
        });
    }

    @Test
    void composeDataStoresNeedCredentialsAndNoneIsCommitted() throws IOException {
        Map<String, Object> services = composeServices();
        Map<String, Object> mongo = map(map(services.get("mongo")).get("environment"));
        assertThat((String) mongo.get("MONGO_INITDB_ROOT_PASSWORD")).startsWith("${MONGO_PASSWORD:?");
        Map<String, Object> kafka = map(map(services.get("kafka")).get("environment"));
        assertThat((String) kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).doesNotContain("PLAINTEXT:PLAINTEXT");
        assertThat((String) kafka.get("KAFKA_LISTENERS")).startsWith("SASL_PLAINTEXT://");
        assertThat((String) kafka.get("KAFKA_LISTENER_NAME_SASL__PLAINTEXT_PLAIN_SASL_JAAS_CONFIG"))
                .contains("${KAFKA_PASSWORD:?");
        assertThat(list(map(services.get("redis")).get("command")))
                .contains("--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD, see env.example}");

        for (String service : List.of("booking-service", "notification-service", "gateway")) {
            Map<String, Object> env = map(map(services.get(service)).get("environment"));
            assertThat((String) env.get("MONGODB_URI")).contains("${MONGO_PASSWORD:?");
            assertThat((String) env.get("KAFKA_SASL_JAAS_CONFIG")).contains("${KAFKA_PASSWORD:?");
        }
        assertThat((String) map(map(services.get("gateway")).get("environment")).get("REDIS_URL"))
                .contains("${REDIS_PASSWORD:?");

        assertThat(read(REPOSITORY.resolve("deploy/compose/env.example"))
                        .lines()
                        .filter(line -> !line.startsWith("#") && !line.isBlank()))
                .as("no usable value is committed")
                .allSatisfy(line -> assertThat(line).endsWith("="));
        assertThat(read(REPOSITORY.resolve("deploy/compose/.gitignore"))).contains(".env");
        assertThat(read(REPOSITORY.resolve("deploy/compose/secrets/.gitignore")))
                .contains("*");
    }

    @Test
    void everyPodOfSpineCareIsSelectedByAPolicyOfItsOwn() throws IOException {
        for (Map<String, Object> document : kubernetesDocuments()) {
            if ("Deployment".equals(document.get("kind"))) {
                String name = (String) map(document.get("metadata")).get("name");
                assertThat(kubernetes("NetworkPolicy", name)).isNotNull();
            }
        }
    }
}
