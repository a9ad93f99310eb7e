package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Reading the compose and Kubernetes files as plain YAML maps, for the deployment tests. */
final class DeploymentYaml {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    private DeploymentYaml() {}

    static Map<String, Object> composeServices() throws IOException {
        return map(yamlDocuments(REPOSITORY.resolve("deploy/compose/compose.yaml"))
                .get(0)
                .get("services"));
    }

    static Map<String, Object> kubernetes(String kind, String name) throws IOException {
        return kubernetesDocuments().stream()
                .filter(d -> kind.equals(d.get("kind")))
                .filter(d -> name.equals(map(d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in deploy/k8s"));
    }

    static List<Map<String, Object>> kubernetesDocuments() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                documents.addAll(yamlDocuments(file));
            }
        }
        return documents;
    }

    static Map<String, Object> containerOf(Map<String, Object> deployment) {
        Map<String, Object> podSpec =
                map(map(map(deployment.get("spec")).get("template")).get("spec"));
        return map(list(podSpec.get("containers")).get(0));
    }

    static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container.get(probe)).get("httpGet")).get("path");
    }

    static List<Map<String, Object>> yamlDocuments(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                assertThat(document).as(file + " holds YAML mappings").isInstanceOf(Map.class);
                documents.add(map(document));
            }
        }
        return documents;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }
}
