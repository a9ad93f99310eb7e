package io.spinecare.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {

    @TempDir
    Path cache;

    @TempDir
    Path target;

    @Test
    void aJarWithoutAnArchiveWritesOneWhenItStopsAndMapsItAfterwards() throws Exception {
        Path folder = extractedFolderOf(jar());

        assertThat(StartupCache.launch(jar(), cache, "booking-service"))
                .anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit=" + folder))
                .anyMatch(option -> option.startsWith("-XX:ErrorFile=" + folder));

        Files.writeString(folder.resolve("classes.jsa"), "archive");
        assertThat(StartupCache.launch(jar(), cache, "booking-service"))
                .contains("-XX:SharedArchiveFile=" + folder.resolve("classes.jsa"))
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void aJarWhoseArchiveCrashedTheJvmStartsWithoutOne() throws Exception {
        Path folder = extractedFolderOf(jar());
        Files.writeString(folder.resolve("hs_err_4242.log"), "SIGSEGV while dumping");
        Files.writeString(folder.resolve("classes.jsa"), "maybe half written");

        List<String> launch = StartupCache.launch(jar(), cache, "booking-service");

        assertThat(launch)
                .noneMatch(option -> option.contains("Archive"))
                .endsWith("-jar", folder.resolve("booking-service-0.1.0.jar").toString());
    }

    private Path jar() throws Exception {
        Path jar = target.resolve("booking-service-0.1.0.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a jar");
        }
        return jar;
    }

    /** Where the cache keeps this jar's build, with the extracted jar already in place. */
    private Path extractedFolderOf(Path jar) throws Exception {
        String build = Long.toHexString(Files.getLastModifiedTime(jar).toMillis()) + "-" + Files.size(jar);
        Path folder = Files.createDirectories(cache.resolve("booking-service-" + build));
        Files.writeString(folder.resolve(jar.getFileName()), "extracted");
        return folder;
    }
}
