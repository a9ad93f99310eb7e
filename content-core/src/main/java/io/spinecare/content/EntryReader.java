package io.spinecare.content;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one data-file entry and records a precise problem (file, entry, field)
 * for anything missing or malformed, returning a harmless placeholder so reading can go on.
 */
final class EntryReader {

    private final String file;
    private final String entry;
    private final JsonNode node;
    private final Problems problems;
    private final String fieldPrefix;
    private final String where;

    EntryReader(String file, String entry, JsonNode node, Problems problems) {
        this(file, entry, node, problems, "", "");
    }

    /** An item of a list inside an entry; messages end with e.g. " (requirement 2)". */
    EntryReader(EntryReader parent, JsonNode item, String where) {
        this(parent.file, parent.entry, item, parent.problems, parent.fieldPrefix, " (" + where + ")");
    }

    /** An item of the list {@code field}; its fields are named e.g. "followUps.target (follow-up 2)". */
    EntryReader item(String field, JsonNode item, String where) {
        return new EntryReader(file, entry, item, problems, fieldPrefix + field + ".", " (" + where + ")");
    }

    private EntryReader(String file, String entry, JsonNode node, Problems problems, String fieldPrefix, String where) {
        this.file = file;
        this.entry = entry;
        this.node = node;
        this.problems = problems;
        this.fieldPrefix = fieldPrefix;
        this.where = where;
    }

    String entry() {
        return entry;
    }

    void problem(String field, String message) {
        problems.add(file, entry, fieldPrefix + field, message + where);
    }

    /** Flags field names outside {@code allowed}: a misspelt key would otherwise drop data silently. */
    void rejectUnknownFields(Set<String> allowed) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problem(
                        name,
                        "unknown field (allowed: "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(field, "required field is missing");
            return "";
        }
        if (!value.isString() || value.stringValue().isBlank()) {
            problem(field, "must be non-blank text");
            return "";
        }
        return value.stringValue().strip();
    }

    String optionalText(String field) {
        return node.hasNonNull(field) ? text(field) : "";
    }

    /** A list of texts; an absent list is a problem when {@code required}, otherwise empty. */
    List<String> texts(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem(field, "required field is missing");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problem(field, "must be a list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (item.isString() && !item.stringValue().isBlank()) {
                result.add(item.stringValue().strip());
            } else {
                problem(field, "every item must be non-blank text, found " + item);
            }
        }
        return result;
    }

    int positiveInt(String field) {
        return wholeNumber(field, 1);
    }

    int nonNegativeInt(String field) {
        return wholeNumber(field, 0);
    }

    private int wholeNumber(String field, int minimum) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problem(field, "required field is missing");
            return minimum;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(field, "must be a whole number, was " + value);
            return minimum;
        }
        if (value.intValue() < minimum) {
            problem(field, (minimum > 0 ? "must be positive" : "must not be negative") + ", was " + value.intValue());
            return minimum;
        }
        return value.intValue();
    }

    /** An ISO-8601 period such as {@code P2W} or {@code P3M}; zero is allowed, negative is not. */
    Period period(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            return Period.ZERO;
        }
        try {
            Period period = Period.parse(text);
            if (period.isNegative()) {
                problem(field, "must not be negative, was " + text);
                return Period.ZERO;
            }
            return period;
        } catch (DateTimeParseException e) {
            problem(field, "must be a period such as P2W, P10D or P3M, was '" + text + "'");
            return Period.ZERO;
        }
    }

    boolean bool(String field, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            problem(field, "must be true or false, was " + value);
            return absent;
        }
        return value.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String text = text(field);
        return text.isEmpty() ? null : parseEnum(field, type, text);
    }

    <E extends Enum<E>> List<E> enumValues(String field, Class<E> type, boolean required) {
        List<E> result = new ArrayList<>();
        for (String text : texts(field, required)) {
            E value = parseEnum(field, type, text);
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private <E extends Enum<E>> E parseEnum(String field, Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problem(field, "unknown " + type.getSimpleName() + " '" + text + "'");
        return null;
    }

    /** A nested object read with the same file and entry, e.g. a procedure's recovery milestones. */
    EntryReader object(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            problem(field, value == null ? "required field is missing" : "must be an object");
            return null;
        }
        return new EntryReader(file, entry, value, problems, fieldPrefix + field + ".", where);
    }

    JsonNode raw(String field) {
        return node.get(field);
    }
}
