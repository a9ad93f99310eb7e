package io.spinecare.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Another clinic system at the gateway's port: gets a client-credentials token, then speaks FHIR.
 * Every answer is parsed with HAPI's parser and validated against base R4 (definitions from a jar).
 */
final class FhirClient {

    static final FhirContext R4 = FhirContext.forR4Cached();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static FhirValidator validator;

    record Answer(int status, IBaseResource resource, String text) {

        <T extends Resource> T as(int expected, Class<T> type) {
            assertThat(status).as(text).isEqualTo(expected);
            assertThat(resource).as(text).isInstanceOf(type);
            return type.cast(resource);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String gateway;
    private final String token;

    private FhirClient(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    /** Signs in as the local stack's demo clinic system (gateway application-local.yml). */
    static FhirClient demoEhr(String gatewayUrl) throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString("demo-ehr:spinecare-demo-ehr-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/auth/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("scope").asText()).contains("system/Appointment.write");
        return new FhirClient(gatewayUrl, body.get("access_token").asText());
    }

    static FhirClient withToken(String gatewayUrl, String token) {
        return new FhirClient(gatewayUrl, token);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    Answer post(String path, Resource body) throws IOException, InterruptedException {
        return send("POST", path, R4.newJsonParser().encodeResourceToString(body));
    }

    Answer put(String path, Resource body) throws IOException, InterruptedException {
        return send("PUT", path, R4.newJsonParser().encodeResourceToString(body));
    }

    private Answer send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/fhir/r4" + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/fhir+json")
                .header("Content-Type", "application/fhir+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(method + " " + path + ": " + response.body())
                .startsWith("application/fhir+json");
        return new Answer(response.statusCode(), parseAndValidate(response.body()), response.body());
    }

    static IBaseResource parseAndValidate(String json) {
        IBaseResource resource = R4.newJsonParser()
                .setParserErrorHandler(new StrictErrorHandler())
                .parseResource(json);
        List<String> errors = validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .toList();
        assertThat(errors).as("base R4 validation of %s", json).isEmpty();
        return resource;
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(new ValidationSupportChain(
                    new DefaultProfileValidationSupport(R4),
                    new SnapshotGeneratingValidationSupport(R4),
                    new CommonCodeSystemsTerminologyService(R4),
                    new InMemoryTerminologyServerValidationSupport(R4)));
            instanceValidator.setAnyExtensionsAllowed(true);
            FhirValidator created = R4.newValidator();
            created.registerValidatorModule(instanceValidator);
            validator = created;
        }
        return validator;
    }
}
