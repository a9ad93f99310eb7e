package io.spinecare.serviceweb;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem+json parts of a service's OpenAPI document: the {@code Problem} and {@code FieldProblem} schemas, a
 * problem response's media type and its examples. Each service fills them in from its own problem catalogue.
 */
public final class ProblemDocs {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM = "Problem";
    public static final String FIELD_PROBLEM = "FieldProblem";

    /** What the {@code Problem} schema shows as an example of each member; a null one shows none. */
    public record ProblemSample(String type, String title, Integer status, String detail, String requestId) {}

    /** How the {@code FieldProblem} schema describes one of its two members; a null description shows none. */
    public record Member(String description, String example) {}

    private ProblemDocs() {}

    /** An RFC 9457 problem document; {@code errors} names what a service lists in it (fields or parameters). */
    public static Schema<?> problemSchema(ProblemSample sample, String errors) {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Branch on `type`; `title` and `detail` are for people.")
                .addProperty(
                        "type",
                        sampled(
                                new StringSchema()
                                        .format("uri")
                                        .description(
                                                "Identifies the kind of problem; one of the documented problem types."),
                                sample.type()))
                .addProperty(
                        "title",
                        sampled(new StringSchema().description("A short summary of the problem type."), sample.title()))
                .addProperty(
                        "status", sampled(new IntegerSchema().description("The HTTP status code."), sample.status()))
                .addProperty(
                        "detail",
                        sampled(new StringSchema().description("What went wrong with this request."), sample.detail()))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").description("The request path, when known."))
                .addProperty(
                        "requestId",
                        sampled(
                                new StringSchema()
                                        .description("The gateway's X-Request-Id of the request; quote it when"
                                                + " reporting a problem."),
                                sample.requestId()))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                                .description(errors))
                .required(List.of("type", "title", "status"));
    }

    /** One rejected field or parameter of a request: its name and what is wrong with it. */
    public static Schema<?> fieldProblemSchema(String description, Member field, Member message) {
        return new ObjectSchema()
                .description(description)
                .addProperty("field", member(field))
                .addProperty("message", member(message))
                .required(List.of("field", "message"));
    }

    /** A problem response's content: the {@code Problem} schema and its examples, one per problem type. */
    public static MediaType media(Map<String, Example> examples) {
        return new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .examples(examples);
    }

    /** An example problem document; {@code errors} only where the problem lists rejected fields, else null. */
    public static Example example(String type, String title, int status, String detail, Map<String, String> error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (error != null) {
            body.put("errors", List.of(error));
        }
        return new Example().summary(title).value(body);
    }

    private static Schema<?> member(Member member) {
        StringSchema schema = new StringSchema();
        if (member.description() != null) {
            schema.description(member.description());
        }
        return schema.example(member.example());
    }

    /** Sets an example only when there is one: an example set to null would be written as {@code null}. */
    private static <T extends Schema<?>> T sampled(T schema, Object example) {
        if (example != null) {
            schema.setExample(example);
        }
        return schema;
    }
}
