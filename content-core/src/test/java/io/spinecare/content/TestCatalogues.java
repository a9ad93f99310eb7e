package io.spinecare.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Builds data directories for tests: the tiny valid catalogue, optionally with one broken file laid over it. */
final class TestCatalogues {

    private TestCatalogues() {}

    static Path resource(String name) {
        try {
            return Path.of(
                    TestCatalogues.class.getResource("/catalogue/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the minimal catalogue into {@code dir}, then the files of each {@code broken/<defect>/} over it. */
    static Path minimalWith(Path dir, String... defects) {
        copyAll(resource("minimal"), dir);
        for (String defect : defects) {
            copyAll(resource("broken/" + defect), dir);
        }
        return dir;
    }

    private static void copyAll(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
