package io.spinecare.booking.web;

import io.spinecare.serviceweb.ProblemDocs;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to every operation the problems it can answer with, its security requirement and its examples:
 * <ul>
 *   <li>the problems its {@link ProblemResponses} names, plus those its kind always risks: invalid and oversized
 *       bodies where it takes one, 401/403 on the desk, 429 from the gateway's limit on public writes, and for every
 *       operation 406 (an {@code Accept} header without JSON), 500, and 503/504 from the gateway (circuit breaker, time
 *       limit);
 *   <li>{@code staffToken} on {@code /api/desk/**}, {@code manageToken} where the controller reads
 *       {@code X-Manage-Token} (the header then travels through the security scheme, not as a parameter);
 *   <li>request and response examples from {@code openapi/examples/<operationId>.json}.
 * </ul>
 */
class ApiDocsCustomizer {

    private static final String JSON = "application/json";
    private static final Set<ApiProblem> BODY_PROBLEMS = EnumSet.of(
            ApiProblem.VALIDATION_FAILED,
            ApiProblem.MALFORMED_REQUEST,
            ApiProblem.PAYLOAD_TOO_LARGE,
            ApiProblem.UNSUPPORTED_MEDIA_TYPE);
    private static final Set<ApiProblem> DESK_PROBLEMS =
            EnumSet.of(ApiProblem.UNAUTHORIZED, ApiProblem.UNAUTHENTICATED, ApiProblem.FORBIDDEN);
    private static final Set<ApiProblem> EVERY_OPERATION = EnumSet.of(
            ApiProblem.NOT_ACCEPTABLE,
            ApiProblem.INTERNAL_ERROR,
            ApiProblem.SERVICE_UNAVAILABLE,
            ApiProblem.GATEWAY_TIMEOUT);

    /** Per operation: the problems named in code, and whether its manage-token header was turned into security. */
    Operation customize(Operation operation, HandlerMethod handler) {
        Set<ApiProblem> problems = EnumSet.copyOf(EVERY_OPERATION);
        ProblemResponses declared =
                AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ProblemResponses.class);
        if (declared != null) {
            problems.addAll(Arrays.asList(declared.value()));
            Arrays.stream(declared.sets()).forEach(set -> problems.addAll(set.problems()));
        }
        if (operation.getRequestBody() != null) {
            problems.addAll(BODY_PROBLEMS);
        }
        if (operation.getParameters() != null
                && operation
                        .getParameters()
                        .removeIf(p -> "header".equals(p.getIn())
                                && OpenApiConfiguration.MANAGE_TOKEN_HEADER.equalsIgnoreCase(p.getName()))) {
            operation.addSecurityItem(new SecurityRequirement().addList(OpenApiConfiguration.MANAGE_TOKEN));
        }
        addProblems(operation, problems);
        return operation;
    }

    /** Over the whole document: what follows from an operation's path and method, then the examples. */
    void customize(OpenAPI api) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (path.startsWith("/api/desk/") || path.equals("/api/desk")) {
                operation.setSecurity(
                        List.of(new SecurityRequirement().addList(OpenApiConfiguration.STAFF_TOKEN, List.of())));
                addProblems(operation, DESK_PROBLEMS);
            } else {
                if (operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>()); // public: explicitly no credentials
                }
                if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                    addProblems(operation, Set.of(ApiProblem.RATE_LIMITED));
                }
            }
            sortResponses(operation);
            addExamples(operation);
        }));
    }

    private static void addProblems(Operation operation, Set<ApiProblem> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<Integer, List<ApiProblem>> byStatus = problems.stream()
                .collect(Collectors.groupingBy(ApiProblem::status, LinkedHashMap::new, Collectors.toList()));
        byStatus.forEach((status, ofStatus) -> {
            ApiResponse response = operation.getResponses().get(Integer.toString(status));
            MediaType media = response == null || response.getContent() == null
                    ? null
                    : response.getContent().get(ProblemDocs.PROBLEM_JSON);
            if (media == null) {
                media = ProblemDocs.media(new LinkedHashMap<>());
                response = new ApiResponse().content(new Content().addMediaType(ProblemDocs.PROBLEM_JSON, media));
                operation.getResponses().addApiResponse(Integer.toString(status), response);
            }
            for (ApiProblem problem : ofStatus) {
                media.getExamples().putIfAbsent(problem.slug(), example(problem));
            }
            response.setDescription(describe(media.getExamples().keySet()));
        });
    }

    private static String describe(Set<String> slugs) {
        return "A problem document of type "
                + slugs.stream()
                        .map(slug -> "`" + slug + "` (" + ApiProblem.TYPE_BASE + slug + ")")
                        .collect(Collectors.joining(", "))
                + ".";
    }

    private static Example example(ApiProblem problem) {
        return ProblemDocs.example(
                problem.type().toString(),
                problem.title(),
                problem.status(),
                ProblemExamples.detailOf(problem),
                problem == ApiProblem.VALIDATION_FAILED
                        ? Map.of("field", "patient.email", "message", "must be a well-formed email address")
                        : null);
    }

    private static void sortResponses(Operation operation) {
        ApiResponses sorted = new ApiResponses();
        operation.getResponses().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(entry -> sorted.addApiResponse(entry.getKey(), entry.getValue()));
        operation.setResponses(sorted);
    }

    /** {@code {"request": {...}, "responses": {"201": {...}}}} for the operation, when the file exists. */
    @SuppressWarnings("unchecked")
    private static void addExamples(Operation operation) {
        String resource = "/openapi/examples/" + operation.getOperationId() + ".json";
        try (InputStream in = ApiDocsCustomizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Map<String, Object> examples = Json.mapper().readValue(in, Map.class);
            if (examples.containsKey("request")) {
                operation.getRequestBody().getContent().get(JSON).setExample(examples.get("request"));
            }
            Map<String, Object> responses = (Map<String, Object>) examples.getOrDefault("responses", Map.of());
            responses.forEach((status, value) -> {
                ApiResponse response = operation.getResponses().get(status);
                if (response == null
                        || response.getContent() == null
                        || response.getContent().get(JSON) == null) {
                    throw new IllegalStateException(
                            resource + " has an example for a response " + status + " the operation does not have");
                }
                response.getContent().get(JSON).setExample(value);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
