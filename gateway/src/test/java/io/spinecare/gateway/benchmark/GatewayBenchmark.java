package io.spinecare.gateway.benchmark;

import io.spinecare.gateway.GatewayApplication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * What the gateway costs: the same GET straight to a backend and through the gateway (public
 * route: circuit breaker + time limit + retry; desk route: plus RS256 token check), measured
 * side by side in one run, alternating rounds so drift on a shared machine hits both alike.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl gateway -am -Pbenchmark -DskipTests verify}; options as
 * {@code -Dbenchmark.args="--duration=10 --connections=32 --rounds=3"}, and
 * {@code --backend-url=http://localhost:8081} to aim at a running booking-service instead of the
 * built-in backend. Results also go to {@code gateway/target/benchmark-results.md}.
 */
public final class GatewayBenchmark {

    private static final String PATH = "/api/catalog/conditions";
    private static final String DESK_PATH = "/api/desk/agenda";

    /** bcrypt (cost 4) of "benchmark-secret". */
    private static final String BENCH_HASH = "$2a$04$6v5l.NnViRRVFDO63Em3a.xtRjRGzyGA6cYN3kCtbUpi.0MURJZJ.";

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        String loadBefore = loadAverage();
        Duration duration = Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "10")));
        int connections = Integer.parseInt(options.getOrDefault("connections", "32"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));

        DisposableServer builtIn = options.containsKey("backend-url") ? null : startBackend();
        String backendUrl = builtIn != null ? "http://127.0.0.1:" + builtIn.port() : options.get("backend-url");
        List<String> extra = options.containsKey("gateway-args")
                ? List.of(options.get("gateway-args").split(","))
                : List.of();
        try (ConfigurableApplicationContext gateway = startGateway(backendUrl, extra)) {
            String gatewayUrl = "http://127.0.0.1:" + gateway.getEnvironment().getProperty("local.server.port");
            List<String[]> bearer = List.<String[]>of(new String[] {"Authorization", "Bearer " + token(gatewayUrl)});
            LoadGenerator load = new LoadGenerator(connections);

            System.out.println("warming up ...");
            load.run("warm-direct", backendUrl + PATH, List.of(), Duration.ofSeconds(5));
            load.run("warm-gateway", gatewayUrl + PATH, List.of(), Duration.ofSeconds(10));
            load.run("warm-desk", gatewayUrl + DESK_PATH, bearer, Duration.ofSeconds(5));

            List<LoadGenerator.Result> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                results.add(load.run("direct to backend", backendUrl + PATH, List.of(), duration));
                results.add(load.run("gateway, public GET", gatewayUrl + PATH, List.of(), duration));
                results.add(load.run("gateway, desk GET + JWT", gatewayUrl + DESK_PATH, bearer, duration));
                System.out.printf(Locale.ROOT, "round %d/%d done%n", round, rounds);
            }
            String report = report(results, duration, connections, rounds, builtIn != null)
                    + "Load average (1/5/15 min) before: " + loadBefore + ", after: " + loadAverage() + "\n";
            System.out.println(report);
            Path out = Path.of("target", "benchmark-results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            if (builtIn != null) {
                builtIn.disposeNow();
            }
        }
    }

    /** A minimal backend answering like the catalog: a ~1 KB JSON document. */
    private static DisposableServer startBackend() {
        String json = "["
                + String.join(
                        ",",
                        java.util.Collections.nCopies(
                                8,
                                "{\"id\":\"herniated-disc\",\"name\":\"Herniated disc\",\"summary\":\"The soft centre of a disc"
                                        + " pushes through its outer ring and presses on a nerve.\"}"))
                + "]";
        return HttpServer.create()
                .host("127.0.0.1")
                .port(0)
                .route(routes -> routes.get(
                                PATH, (request, response) -> response.header("Content-Type", "application/json")
                                        .sendString(Mono.just(json)))
                        .get(DESK_PATH, (request, response) -> response.header("Content-Type", "application/json")
                                .sendString(Mono.just("[]"))))
                .bindNow();
    }

    private static ConfigurableApplicationContext startGateway(String backendUrl, List<String> extraArgs) {
        // command-line arguments: they outrank application.yml (builder "properties" would not)
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spinecare.gateway.services.booking-url=" + backendUrl,
                "--spinecare.gateway.services.notification-url=" + backendUrl,
                "--spinecare.gateway.auth.users[0].username=bench",
                "--spinecare.gateway.auth.users[0].password-hash=" + BENCH_HASH,
                "--spinecare.gateway.auth.users[0].roles=front-desk",
                // the access log stays on, as in production, but goes to a file
                "--logging.file.name=target/benchmark-gateway.log",
                "--logging.threshold.console=WARN"));
        extraArgs.forEach(arg -> args.add("--" + arg)); // e.g. --gateway-args=logging.level.x=WARN
        return new SpringApplicationBuilder(GatewayApplication.class).run(args.toArray(String[]::new));
    }

    private static String token(String gatewayUrl) {
        String body = HttpClient.create()
                .headers(h -> h.add("Content-Type", "application/json"))
                .post()
                .uri(gatewayUrl + "/api/auth/token")
                .send(reactor.netty.ByteBufFlux.fromString(
                        Mono.just("{\"username\":\"bench\",\"password\":\"benchmark-secret\"}")))
                .responseSingle((response, content) -> content.asString())
                .block();
        return body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static String report(
            List<LoadGenerator.Result> results, Duration duration, int connections, int rounds, boolean builtIn) {
        StringBuilder out = new StringBuilder();
        out.append("## Gateway benchmark\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%d connections, %d rounds of %d s per scenario, alternating; backend: %s.%n",
                connections,
                rounds,
                duration.toSeconds(),
                builtIn ? "built-in Reactor Netty server (~1 KB JSON)" : "external"));
        out.append(String.format(
                Locale.ROOT,
                "Machine: %d cores (%s), %s, JDK %s; load generator, gateway and backend in one JVM.%n%n",
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                System.getProperty("java.version")));
        out.append("| scenario | requests | errors | req/s | p50 ms | p99 ms | max ms |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (LoadGenerator.Result result : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.0f | %.2f | %.2f | %.1f |%n",
                    result.scenario(),
                    result.requests(),
                    result.errors(),
                    result.throughput(),
                    result.percentileMillis(50),
                    result.percentileMillis(99),
                    result.percentileMillis(100)));
            double[] sum = totals.computeIfAbsent(result.scenario(), key -> new double[3]);
            sum[0] += result.throughput();
            sum[1] += result.percentileMillis(99);
            sum[2]++;
        }
        out.append("\nMean over rounds:\n\n| scenario | req/s | p99 ms |\n| --- | ---: | ---: |\n");
        totals.forEach((scenario, sum) -> out.append(
                String.format(Locale.ROOT, "| %s | %.0f | %.2f |%n", scenario, sum[0] / sum[2], sum[1] / sum[2])));
        out.append("\nJVM: ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .append('\n');
        return out.toString();
    }

    /** Other work on a shared machine shows here; figures are only comparable within one run. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.trim().split("\\s+")) {
                if (part.startsWith("--") && part.contains("=")) {
                    options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
        return options;
    }
}
