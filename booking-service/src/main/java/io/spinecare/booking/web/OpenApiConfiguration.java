package io.spinecare.booking.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of booking-service, generated from the code: this class gives it the parts no controller
 * knows (who we are, the version of the build, the feature tags, the security schemes and the problem schema);
 * the per-feature {@code *ApiDocs} interfaces describe the operations; {@link ApiDocsCustomizer} adds what every
 * operation of a kind shares (problems, security) and the examples.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String STAFF_TOKEN = "staffToken";
    static final String MANAGE_TOKEN = "manageToken";
    static final String MANAGE_TOKEN_HEADER = "X-Manage-Token";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI bookingApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info()
                        .title("SpineCare booking API")
                        .version(properties != null ? properties.getVersion() : "development")
                        .summary("Find and hold slots with spine specialists, book, and manage appointments.")
                        .description(
                                """
                                Patients search free slots of the clinic's spine specialists, hold one for a few \
                                minutes and book it, learning at once which scans (MRI, CT) they still need. With \
                                the secret manage token returned by the booking they view, cancel and reschedule \
                                it. Front-desk staff publish availability, run the day's agenda, check patients in \
                                and verify scans.

                                Every error is an RFC 9457 `application/problem+json` document whose `type` is one \
                                of the problem types listed per operation; the catalogue explains each of them. \
                                See the integration guide (docs/integration.md in the SpineCare repository) for \
                                authentication, idempotency keys, rate limits and events.""")
                        .contact(new Contact().name("SpineCare maintainers").email("api@spinecare.io"))
                        .license(new License().name("Apache 2.0").identifier("Apache-2.0")))
                .servers(List.of(new Server()
                        .url("/")
                        .description("The SpineCare gateway, which serves every path of this API on one origin.")))
                .tags(List.of(
                        tag(
                                ApiTags.CATALOGUE,
                                "The clinic's conditions, procedures, consultation types and red flags."),
                        tag(ApiTags.SPECIALISTS, "Who treats which conditions."),
                        tag(ApiTags.SLOTS, "Free slots, and holding one while the patient fills in the booking."),
                        tag(ApiTags.APPOINTMENTS, "Booking, and the patient's own view, cancel and reschedule."),
                        tag(ApiTags.WAITLIST, "Patients who want an earlier or any slot."),
                        tag(ApiTags.DESK_SPECIALISTS, "Front desk: specialists and their availability."),
                        tag(ApiTags.DESK_SLOTS, "Front desk: generating, blocking and releasing slots."),
                        tag(ApiTags.DESK_AGENDA, "Front desk: the day's slots and who is booked in them."),
                        tag(ApiTags.DESK_APPOINTMENTS, "Front desk: finding appointments and running the day."),
                        tag(ApiTags.DESK_WAITLIST, "Front desk: reading the waitlist."),
                        tag(ApiTags.DESK_PRIVACY, "Front desk: erasing a patient on request (ADR 0212)."),
                        tag(ApiTags.INTERNAL, "For SpineCare's own services, with a client-credentials token."),
                        tag(ApiTags.FOLLOW_UP_SERIES, "The patient's post-operative visits: confirm all, change any."),
                        tag(
                                ApiTags.DESK_FOLLOW_UP_SERIES,
                                "Front desk: recording a surgery, and resolving its follow-up visits."),
                        tag(ApiTags.DESK_AUDIT, "Front desk: the record of every staff action.")))
                .components(new Components()
                        .addSecuritySchemes(
                                STAFF_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token of front-desk staff (role `front-desk`). On the"
                                                + " local stack `POST /api/auth/token` on the gateway issues one."))
                        .addSecuritySchemes(
                                MANAGE_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(MANAGE_TOKEN_HEADER)
                                        .description("The secret `manageToken` returned once by the booking. Never"
                                                + " put it in a URL query. A missing or wrong token answers 404,"
                                                + " exactly like an unknown reference."))
                        .addSchemas(PROBLEM, problemSchema())
                        .addSchemas("FieldProblem", fieldProblemSchema()));
    }

    @Bean
    ApiDocsCustomizer apiDocsCustomizer() {
        return new ApiDocsCustomizer();
    }

    @Bean
    OperationCustomizer problemResponses(ApiDocsCustomizer customizer) {
        return customizer::customize;
    }

    @Bean
    OpenApiCustomizer sharedResponsesAndExamples(ApiDocsCustomizer customizer) {
        return customizer::customize;
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Branch on `type`; `title` and `detail` are for people.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("Identifies the kind of problem; one of the documented problem types.")
                                .example(ApiProblem.SLOT_TAKEN.type().toString()))
                .addProperty(
                        "title",
                        new StringSchema()
                                .description("A short summary of the problem type.")
                                .example(ApiProblem.SLOT_TAKEN.title()))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status code.").example(409))
                .addProperty(
                        "detail",
                        new StringSchema()
                                .description("What went wrong with this request.")
                                .example("Slot 'dr-meera-iyer-20261203T0430Z' is held or booked; pick another."))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").description("The request path, when known."))
                .addProperty(
                        "requestId",
                        new StringSchema()
                                .description("The gateway's X-Request-Id of the request; quote it when reporting a"
                                        + " problem.")
                                .example("5b1c7e0a9d3f4e21"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                                .description("The rejected fields, when validation failed."))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblemSchema() {
        return new ObjectSchema()
                .description("One rejected field of a request.")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field's path in the request, such as `patient.email`.")
                                .example("patient.email"))
                .addProperty(
                        "message",
                        new StringSchema()
                                .description("What is wrong with it.")
                                .example("must be a well-formed email address"))
                .required(List.of("field", "message"));
    }
}
