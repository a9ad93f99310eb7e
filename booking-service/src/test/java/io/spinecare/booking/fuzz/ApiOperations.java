package io.spinecare.booking.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of a committed OpenAPI document, with their parameters and body schema, {@code $ref}s resolved. */
record ApiOperations(JsonNode document, List<Operation> operations) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean staff) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static ApiOperations read(Path file) throws IOException {
        JsonNode document = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                JsonNode op = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Parameter(
                            p.path("name").asString(),
                            p.path("in").asString(),
                            p.path("required").asBoolean(false),
                            p.path("schema")));
                }
                JsonNode body = op.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                boolean staff = op.path("security").toString().contains("staffToken");
                operations.add(new Operation(
                        entry.getKey().toUpperCase(),
                        path.getKey(),
                        parameters,
                        body.isMissingNode() ? null : body,
                        staff));
            }
        }
        return new ApiOperations(document, operations);
    }

    /** The schema itself, or the component a {@code $ref} names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current != null && current.has("$ref") && depth < 10; depth++) {
            String ref = current.path("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
