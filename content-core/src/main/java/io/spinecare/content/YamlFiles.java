package io.spinecare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses a data file into a tree and hands out its entries; duplicate YAML keys are rejected. */
final class YamlFiles {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate (?:property|field) \"([^\"]*)\"");

    private YamlFiles() {}

    static JsonNode parse(SourceFile file) {
        try {
            JsonNode root = MAPPER.readTree(file.content());
            if (root == null || !root.isObject()) {
                throw new CatalogueException(List.of(file.name() + ": must be a YAML mapping at the top level"));
            }
            return root;
        } catch (JacksonException e) {
            throw new CatalogueException(file.name() + ": not valid YAML" + where(e) + ": " + reason(e), e);
        }
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1
                ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
    }

    /** Jackson's wording for a repeated key names its own classes; say it plainly instead. */
    private static String reason(JacksonException e) {
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        if (duplicate.find()) {
            return "duplicate key '" + duplicate.group(1) + "'";
        }
        // the YAML parser's message spans several lines with a caret drawing; keep it on one line
        return e.getOriginalMessage().replace("^", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * The list under {@code key}, each item wrapped in an {@link EntryReader} named by its id field
     * (e.g. "condition 'herniated-disc'") or its position when the id is missing.
     */
    static List<EntryReader> entries(
            SourceFile file, JsonNode root, String key, String kind, String idField, Problems problems) {
        JsonNode list = root.get(key);
        if (list == null || !list.isArray()) {
            problems.addFileProblem(file.name(), "top-level field '" + key + "' must be a list");
            return List.of();
        }
        List<EntryReader> result = new ArrayList<>();
        int position = 1;
        for (JsonNode item : list.values()) {
            JsonNode id = item.get(idField);
            String name = id != null && id.isString() && !id.stringValue().isBlank()
                    ? kind + " '" + id.stringValue().strip() + "'"
                    : kind + " #" + position;
            if (!item.isObject()) {
                problems.add(file.name(), name, idField, "entry must be a mapping");
            } else {
                result.add(new EntryReader(file.name(), name, item, problems));
            }
            position++;
        }
        return result;
    }
}
