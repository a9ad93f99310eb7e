package io.spinecare.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's map of the packages ("Packages") names every package of the service, and only those. */
class PackageMapTest {

    private static final Pattern PACKAGE_CELL = Pattern.compile("`([a-z]+)/`");

    @Test
    void theReadmeMapNamesEveryPackageAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String map =
                readme.substring(readme.indexOf("## Packages"), readme.indexOf("\n## ", readme.indexOf("## Packages")));
        Set<String> named = map.lines()
                .filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(0, line.indexOf(" |", 2)))
                .flatMap(cell -> PACKAGE_CELL.matcher(cell).results().map(m -> m.group(1)))
                .collect(Collectors.toSet());
        Set<String> packages;
        try (Stream<Path> entries = Files.list(Path.of("src/main/java/io/spinecare/booking"))) {
            packages = entries.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toSet());
        }

        assertThat(named).isEqualTo(packages);
    }
}
