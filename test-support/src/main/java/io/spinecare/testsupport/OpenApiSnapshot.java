package io.spinecare.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document as the build keeps it: {@code target/openapi/<service>.json} for the linter, and the
 * reviewed copy {@code docs/openapi/<service>.json} from which the end-to-end tests generate their client. Run the
 * test with {@code -Dspinecare.openapi.update=true} to accept a changed document.
 */
public final class OpenApiSnapshot {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final String service;

    public OpenApiSnapshot(String service) {
        this.service = service;
    }

    public static JsonNode parse(String document) {
        return JSON.readTree(document);
    }

    public void check(String served) throws IOException {
        String pretty = JSON.writeValueAsString(parse(served)) + "\n";
        Path built = Path.of("target/openapi", service + ".json");
        Files.createDirectories(built.getParent());
        Files.writeString(built, pretty);

        Path committed = Path.of("..", "docs", "openapi", service + ".json");
        if (Boolean.getBoolean("spinecare.openapi.update")) {
            Files.writeString(committed, pretty);
        }
        assertThat(Files.exists(committed))
                .as("%s is missing; run this test with -Dspinecare.openapi.update=true", committed)
                .isTrue();
        String expected = Files.readString(committed);
        assertThat(pretty)
                .as(
                        "The API changed (%s): review %s against %s, then accept it with"
                                + " -Dspinecare.openapi.update=true",
                        firstDifference(expected, pretty), built, committed)
                .isEqualTo(expected);
    }

    private static String firstDifference(String expected, String actual) {
        String[] was = expected.split("\n", -1);
        String[] is = actual.split("\n", -1);
        for (int line = 0; line < Math.min(was.length, is.length); line++) {
            if (!was[line].equals(is[line])) {
                return "line " + (line + 1) + " was '" + was[line].strip() + "', is '" + is[line].strip() + "'";
            }
        }
        return "the documents differ in length";
    }
}
