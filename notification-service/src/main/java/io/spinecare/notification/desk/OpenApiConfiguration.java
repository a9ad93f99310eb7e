package io.spinecare.notification.desk;

import io.spinecare.serviceweb.StaffTokens;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of notification-service, generated from the code: who we are, the build's version, the staff
 * token scheme, and on every operation (all of them are the front desk's) the problems it can answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TAG = "Desk: notifications";
    static final String STAFF_TOKEN = "staffToken";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The problems every staff operation can answer with, by status: slug, title, a typical detail. */
    private static final Map<Integer, List<String[]>> PROBLEMS = new TreeMap<>(Map.of(
            400,
            List.<String[]>of(new String[] {"invalid-request", "Invalid request", "The request is not valid."}),
            401,
            List.of(
                    new String[] {"unauthorized", StaffTokens.UNAUTHORIZED_TITLE, StaffTokens.UNAUTHORIZED_DETAIL},
                    new String[] {
                        "unauthenticated",
                        "Authentication required",
                        "A valid staff access token is required for this resource."
                    }),
            403,
            List.<String[]>of(new String[] {"forbidden", StaffTokens.FORBIDDEN_TITLE, StaffTokens.FORBIDDEN_DETAIL}),
            503,
            List.<String[]>of(new String[] {
                "service-unavailable",
                "Service unavailable",
                "The notification service is not answering right now; please try again shortly."
            }),
            504,
            List.<String[]>of(new String[] {
                "gateway-timeout", "Gateway Timeout", "The notification service did not answer in time."
            })));

    @Bean
    OpenAPI notificationApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("SpineCare notification API")
                        .version(properties != null ? properties.getVersion() : "development")
                        .summary("The front desk's log of what each patient was sent.")
                        .description(
                                """
                                notification-service turns booking events into e-mails (with calendar \
                                invitations) and text messages, and reminds patients before their appointment. \
                                This API lets front-desk staff read, per appointment, what was planned and sent \
                                and how each delivery ended. Errors are RFC 9457 `application/problem+json` \
                                documents with a stable `type`; see the integration guide \
                                (docs/integration.md in the SpineCare repository).""")
                        .contact(new Contact().name("SpineCare maintainers").email("api@spinecare.io"))
                        .license(new License().name("Apache 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server()
                        .url("/")
                        .description("The SpineCare gateway, which serves every path of this API on one origin.")))
                .tags(List.of(new Tag().name(TAG).description("Front desk: the delivery log of an appointment.")))
                .components(new Components()
                        .addSecuritySchemes(
                                STAFF_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token of front-desk staff (role `front-desk`). On the"
                                                + " local stack `POST /api/auth/token` on the gateway issues one.")));
    }

    /** Staff security, the shared problems and the examples on every operation. */
    @Bean
    OpenApiCustomizer staffOperations() {
        return api -> {
            // Added here, not on the bean: springdoc drops schemas that nothing references before customizers run.
            api.getComponents().addSchemas("Problem", problemSchema()).addSchemas("FieldProblem", fieldProblemSchema());
            describeStaffOperations(api);
        };
    }

    private static void describeStaffOperations(OpenAPI api) {
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            operation.setSecurity(List.of(new SecurityRequirement().addList(STAFF_TOKEN, List.of())));
            PROBLEMS.forEach((status, problems) -> {
                Map<String, Example> examples = new LinkedHashMap<>();
                problems.forEach(p -> examples.put(p[0], example(status, p)));
                operation
                        .getResponses()
                        .addApiResponse(
                                Integer.toString(status),
                                new ApiResponse()
                                        .description("A problem document of type "
                                                + String.join(
                                                        ", ",
                                                        problems.stream()
                                                                .map(p -> "`" + p[0] + "`")
                                                                .toList())
                                                + ".")
                                        .content(new Content()
                                                .addMediaType(
                                                        PROBLEM_JSON,
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .$ref("#/components/schemas/Problem"))
                                                                .examples(examples))));
            });
            addExample(operation);
        }));
    }

    private static Example example(int status, String[] problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://spinecare.io/problems/" + problem[0]);
        body.put("title", problem[1]);
        body.put("status", status);
        body.put("detail", problem[2]);
        if (status == 400) {
            body.put("errors", List.of(Map.of("field", "appointmentId", "message", "is required")));
        }
        return new Example().summary(problem[1]).value(body);
    }

    private static void addExample(io.swagger.v3.oas.models.Operation operation) {
        String resource = "/openapi/examples/" + operation.getOperationId() + ".json";
        try (InputStream in = OpenApiConfiguration.class.getResourceAsStream(resource)) {
            if (in != null) {
                operation
                        .getResponses()
                        .get("200")
                        .getContent()
                        .get("application/json")
                        .setExample(Json.mapper().readValue(in, Object.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Branch on `type`; `title` and `detail` are for people.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("Identifies the kind of problem; one of the documented problem types.")
                                .example("https://spinecare.io/problems/invalid-request"))
                .addProperty("title", new StringSchema().description("A short summary of the problem type."))
                .addProperty("status", new IntegerSchema().description("The HTTP status code."))
                .addProperty("detail", new StringSchema().description("What went wrong with this request."))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").description("The request path, when known."))
                .addProperty(
                        "requestId",
                        new StringSchema()
                                .description("The gateway's X-Request-Id of the request; quote it when reporting a"
                                        + " problem."))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                                .description("The rejected parameters, when validation failed."))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .description("One rejected parameter of a request.")
                .addProperty("field", new StringSchema().example("appointmentId"))
                .addProperty("message", new StringSchema().example("is required"))
                .required(List.of("field", "message"));
    }
}
