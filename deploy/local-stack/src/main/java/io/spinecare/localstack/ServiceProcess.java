package io.spinecare.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One SpineCare service running as its own JVM from the jar the build made, its output in the data folder. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    static ServiceProcess start(
            Path repository, String module, int port, Map<String, String> env, Path logDir, Path startupCache)
            throws IOException, InterruptedException {
        Path jar = jarOf(repository.resolve(module).resolve("target"), module);
        Files.createDirectories(logDir);
        List<String> command = new ArrayList<>(List.of(StartupCache.javaCommand()));
        command.addAll(StartupCache.launch(jar, startupCache, module));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(module + ".log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        // actuator has a port of its own (docs/adr/0404); any free one, so that stacks side by side never clash
        int managementPort = freePort();
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
        return new ServiceProcess(module, port, managementPort, builder.start());
    }

    /** Waits until {@code /actuator/health} on the management port answers UP; fails early when the process dies. */
    Duration awaitHealthy(Instant startedAt, Duration timeout) throws InterruptedException {
        Instant deadline = startedAt.plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + managementPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " stopped with exit code " + process.exitValue() + "; see data/logs/" + name + ".log");
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.between(startedAt, Instant.now());
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout.toSeconds() + " s");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path jarOf(Path target, String module) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + target + ": build first"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException(target + " is missing: build first", e);
        }
    }

    /** Asks the service to stop (SIGTERM, so Spring shuts down gracefully), then insists. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
