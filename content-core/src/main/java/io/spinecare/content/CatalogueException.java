package io.spinecare.content;

import java.util.List;

/**
 * The catalogue's data files are broken. Each problem names file, entry and field, e.g.
 * {@code imaging-policy.yaml: condition 'herniated-disc' field 'maxAgeDays': must be positive, was 0}.
 */
public final class CatalogueException extends RuntimeException {

    private final List<String> problems;

    public CatalogueException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogueException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Every problem found, one line each; loading reports all of them, not only the first. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return problems.size() + " problems in the catalogue data files:\n  " + String.join("\n  ", problems);
    }
}
