package io.spinecare.booking.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates JSON values for a schema of the OpenAPI document: mostly plausible ones (so requests reach the rules
 * behind the parser), mutated with a fixed probability into wrong types, boundaries, odd unicode, huge text, missing
 * and extra fields.
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> ODD_TEXT = List.of(
            "",
            " ",
            "\u0000",
            "\u0301\u0301\u0301",
            "\u202Eevil\u202C",
            "😀🩻",
            "\uD800",
            "a\r\nX-Injected: 1",
            "<script>alert(1)</script>",
            "\"<b>x</b>\"@example.org",
            "{\"$gt\":\"\"}",
            "$where",
            "../../etc/passwd",
            "%00%ff",
            "+999999999-12-31",
            "-999999999-01-01",
            "2030-06-05T10:00:00",
            "2030-02-30",
            "1899-12-31",
            "2201-01-01",
            "１２３",
            "NaN",
            "null");

    static final List<Object> ODD_NUMBERS =
            List.of(0, -1, 1.5, Integer.MAX_VALUE, Long.MIN_VALUE, 1e308, "1e999", 4294967296L, -0.0);

    private final Random random;
    private final ApiOperations api;
    private final List<String> knownIds;

    HostileValues(Random random, ApiOperations api, List<String> knownIds) {
        this.random = random;
        this.api = api;
        this.knownIds = knownIds;
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The known id that starts with the prefix (a token of the fixture), or junk when there is none. */
    String knownToken(String prefix) {
        return knownIds.stream().filter(id -> id.startsWith(prefix)).findFirst().orElse(word(20));
    }

    /** A value for the schema, hostile in about one place of five. */
    JsonNode value(JsonNode schema, int depth) {
        JsonNode resolved = api.resolve(schema);
        if (resolved == null || depth > 6) {
            return NODES.nullNode();
        }
        if (chance(8)) {
            return hostile();
        }
        return switch (resolved.path("type").asString("object")) {
            case "object" -> object(resolved, depth);
            case "array" -> array(resolved, depth);
            case "integer" -> chance(70) ? NODES.numberNode(random.nextInt(120)) : NODES.pojoNode(pick(ODD_NUMBERS));
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(resolved));
        };
    }

    /** A plausible string for the schema, or an odd one. */
    String text(JsonNode schema) {
        JsonNode values = schema.path("enum");
        if (!values.isEmpty() && chance(80)) {
            return values.get(random.nextInt(values.size())).asString();
        }
        String format = schema.path("format").asString("");
        if (chance(75)) {
            switch (format) {
                case "date":
                    return (1890 + random.nextInt(400)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9);
                case "date-time":
                    return "2030-06-0" + (1 + random.nextInt(9)) + "T1" + random.nextInt(9) + ":00:00+05:30";
                case "email":
                    return "asha" + random.nextInt(1000) + "@example.org";
                case "time":
                    return "1" + random.nextInt(9) + ":" + (random.nextBoolean() ? "00" : "30");
                default:
                    return chance(60) ? pick(knownIds) : word(1 + random.nextInt(12));
            }
        }
        return chance(80) ? pick(ODD_TEXT) : huge();
    }

    String word(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** Up to 40,000 characters of varied unicode: near and over the body limit. */
    String huge() {
        int length = pick(List.of(101, 255, 1000, 20_000, 40_000));
        StringBuilder text = new StringBuilder(length);
        String alphabet = "aé日\u0301🩻 \"\\<";
        while (text.length() < length) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    JsonNode hostile() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.pojoNode(pick(ODD_NUMBERS));
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.objectNode().put("$gt", "");
            case 4 -> NODES.arrayNode().add(pick(ODD_TEXT));
            default -> NODES.stringNode(pick(ODD_TEXT));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode required = schema.path("required");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            boolean isRequired = required.toString().contains("\"" + property.getKey() + "\"");
            boolean keep = isRequired ? !chance(5) : chance(60);
            if (keep) {
                object.set(property.getKey(), value(property.getValue(), depth + 1));
            }
        }
        if (schema.has("additionalProperties") && chance(50)) {
            object.set(word(8), value(schema.path("additionalProperties"), depth + 1));
        }
        if (chance(6)) {
            object.set(pick(List.of("status", "manageToken", "id", "__proto__", word(5))), hostile());
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = chance(95) ? random.nextInt(4) : 50;
        for (int i = 0; i < size; i++) {
            array.add(value(schema.path("items"), depth + 1));
        }
        return array;
    }
}
