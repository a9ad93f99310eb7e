package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One convention per concern across the services, checked on their sources: typed settings are named
 * {@code *Properties}, each service configures its security in {@code system/SecurityConfiguration.java} (the
 * FHIR facade's own token chain stays beside the facade; the gateway's security is a feature package), and
 * both take the store's health check from the shared service-store module instead of writing their own.
 */
class ServiceConventionsTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Path BOOKING = REPOSITORY.resolve("booking-service/src/main/java/io/spinecare/booking");
    private static final Path NOTIFICATION =
            REPOSITORY.resolve("notification-service/src/main/java/io/spinecare/notification");
    private static final List<String> MODULES = List.of("booking-service", "notification-service", "gateway");

    @Test
    void typedSettingsAreNamedProperties() throws IOException {
        List<Path> settings = javaFiles().stream()
                .filter(file -> read(file).contains("@ConfigurationProperties(")
                        && !read(file).contains("@ConfigurationPropertiesScan"))
                .toList();
        assertThat(settings)
                .hasSizeGreaterThan(5)
                .allSatisfy(file -> assertThat(file.getFileName().toString()).endsWith("Properties.java"));
    }

    @Test
    void eachServiceConfiguresSecurityInItsSystemPackage() throws IOException {
        for (Path service : List.of(BOOKING, NOTIFICATION)) {
            List<Path> security = javaFiles(service).stream()
                    .filter(file -> file.getFileName().toString().equals("SecurityConfiguration.java"))
                    .toList();
            assertThat(security).containsExactly(service.resolve("system/SecurityConfiguration.java"));
        }
    }

    @Test
    void bothServicesTakeTheStoreHealthCheckFromServiceStore() throws IOException {
        for (Path service : List.of(BOOKING, NOTIFICATION)) {
            List<Path> files = javaFiles(service);
            assertThat(files).noneSatisfy(file -> assertThat(read(file)).contains("HealthIndicator"));
            assertThat(files)
                    .filteredOn(file -> file.getFileName().toString().endsWith("ServiceApplication.java"))
                    .singleElement()
                    .satisfies(
                            application -> assertThat(read(application)).contains("ServiceStoreConfiguration.class"));
        }
    }

    private static List<Path> javaFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String module : MODULES) {
            all.addAll(javaFiles(REPOSITORY.resolve(module).resolve("src/main/java")));
        }
        return all;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
