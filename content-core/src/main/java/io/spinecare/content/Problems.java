package io.spinecare.content;

import java.util.ArrayList;
import java.util.List;

/** Collects every data-file problem so one load reports all of them, each naming file, entry and field. */
final class Problems {

    private final List<String> lines = new ArrayList<>();

    void add(String file, String entry, String field, String message) {
        lines.add(file + ": " + entry + " field '" + field + "': " + message);
    }

    void addFileProblem(String file, String message) {
        lines.add(file + ": " + message);
    }

    /** How many so far: a reader compares counts to tell whether the part it just read was clean. */
    int count() {
        return lines.size();
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new CatalogueException(lines);
        }
    }
}
