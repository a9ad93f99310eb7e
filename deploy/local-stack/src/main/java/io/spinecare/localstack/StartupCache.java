package io.spinecare.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fast starts at full speed. Each service runs from its jar extracted once (Spring Boot's
 * {@code jarmode=tools extract}) with a class-data-sharing archive the JVM writes when the service
 * first stops and maps at every later start (if writing it crashes the JVM, as JDK 17 can, that jar
 * runs without one). The JIT keeps C2, so nothing is capped at C1 speed.
 * Everything lives under {@code data/startup-cache/}, one folder per jar build; a rebuilt jar gets
 * a fresh folder and the stale ones are removed.
 */
final class StartupCache {

    private StartupCache() {}

    /** The java arguments that start {@code jar}: {@code -XX:...} archive option, then {@code -jar}. */
    static List<String> launch(Path jar, Path cacheRoot, String module) throws IOException, InterruptedException {
        String build = Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-" + Files.size(jar);
        Path folder = cacheRoot.resolve(module + "-" + build);
        Path extracted = folder.resolve(jar.getFileName());
        if (!Files.exists(extracted)) {
            removeStale(cacheRoot, module);
            extract(jar, folder);
        }
        Path archive = folder.resolve("classes.jsa");
        List<String> launch = new ArrayList<>();
        if (dumpFailedBefore(folder)) {
            // started without an archive: never map one a crashed dump may have left half written
        } else if (Files.exists(archive)) {
            launch.add("-XX:SharedArchiveFile=" + archive);
        } else {
            // JDK 17 can crash while writing the archive at exit (seen for booking-service: a SIGSEGV in
            // the lambda-proxy table). The crash report lands here, and then this jar starts without one.
            launch.add("-XX:ArchiveClassesAtExit=" + archive);
            launch.add("-XX:ErrorFile=" + folder.resolve("hs_err_%p.log"));
        }
        launch.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", extracted.toString()));
        return launch;
    }

    private static boolean dumpFailedBefore(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("hs_err_"));
        }
    }

    private static void extract(Path jar, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder.getParent());
        Process extract = new ProcessBuilder(
                        javaCommand(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toString(),
                        "extract",
                        "--destination",
                        folder.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0) {
            throw new IllegalStateException("could not extract " + jar + " into " + folder);
        }
    }

    private static void removeStale(Path cacheRoot, String module) throws IOException {
        if (!Files.isDirectory(cacheRoot)) {
            return;
        }
        try (Stream<Path> folders = Files.list(cacheRoot)) {
            for (Path stale : folders.filter(f -> f.getFileName().toString().startsWith(module + "-"))
                    .toList()) {
                try (Stream<Path> files = Files.walk(stale)) {
                    for (Path file :
                            files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
