package io.spinecare.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fast starts at full speed. Each service runs from its jar extracted once (Spring Boot's
 * {@code jarmode=tools extract}) with a class-data-sharing archive the JVM writes when the service
 * first stops and maps at every later start. The JIT keeps C2, so nothing is capped at C1 speed.
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
        String sharing =
                Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + archive;
        return List.of(sharing, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-jar", extracted.toString());
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
