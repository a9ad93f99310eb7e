package io.spinecare.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem type the API documents is explained in docs/problems.md, where its type URI points. */
class ProblemCatalogueTest {

    @Test
    void everyProblemTypeHasASectionAndARowInTheCatalogue() throws Exception {
        String catalogue = Files.readString(Path.of("..", "docs", "problems.md"));

        List<String> missing = Arrays.stream(ApiProblem.values())
                .filter(problem -> !catalogue.contains("\n## " + problem.slug() + "\n" + problem.status() + ".")
                        || !catalogue.contains(
                                "| [" + problem.slug() + "](#" + problem.slug() + ") | " + problem.status() + " |"))
                .map(ApiProblem::slug)
                .toList();

        assertThat(missing).isEmpty();
    }

    @Test
    void typeUrisAreTheBaseAndTheSlug() {
        assertThat(ApiProblem.SLOT_TAKEN.type()).hasToString("https://spinecare.io/problems/slot-taken");
        assertThat(Arrays.stream(ApiProblem.values()).map(ApiProblem::slug)).doesNotHaveDuplicates();
    }
}
