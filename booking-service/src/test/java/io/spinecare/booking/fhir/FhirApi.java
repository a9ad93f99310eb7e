package io.spinecare.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.StaffTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * A clinic system talking FHIR to booking-service. Every answer, error or not, is parsed and
 * validated against base R4 before a test sees it ({@link FhirChecks}).
 */
public final class FhirApi {

    public static final String ALL_SCOPES = "system/Practitioner.read system/PractitionerRole.read "
            + "system/HealthcareService.read system/Schedule.read system/Slot.read system/Appointment.read "
            + "system/Appointment.write";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    private FhirApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static FhirApi at(int port, String clientId, String scopes) {
        return new FhirApi(
                "http://localhost:" + port + "/fhir/r4",
                clientId == null ? null : StaffTokens.system(clientId, scopes));
    }

    public static FhirApi withToken(int port, String token) {
        return new FhirApi("http://localhost:" + port + "/fhir/r4", token);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, String json) {
        return send("POST", path, json, null);
    }

    public Reply post(String path, String json, String idempotencyKey) {
        return send("POST", path, json, idempotencyKey);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, json, null);
    }

    public Reply send(String method, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/fhir+json");
        if (json != null) {
            request.header("Content-Type", "application/fhir+json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            assertThat(contentType)
                    .as("%s %s -> %s", method, path, response.body())
                    .startsWith("application/fhir+json");
            return new Reply(response.statusCode(), FhirChecks.parseAndValidate(response.body()), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, IBaseResource resource, String text) {

        public <T extends Resource> T as(int expectedStatus, Class<T> type) {
            assertThat(status).as(text).isEqualTo(expectedStatus);
            assertThat(resource).as(text).isInstanceOf(type);
            return type.cast(resource);
        }

        /** The resources of a Bundle answer, of the given type. */
        public <T extends Resource> List<T> entries(Class<T> type) {
            Bundle bundle = as(200, Bundle.class);
            List<T> found = new ArrayList<>();
            bundle.getEntry().forEach(e -> {
                assertThat(e.getResource()).isInstanceOf(type);
                found.add(type.cast(e.getResource()));
            });
            return found;
        }

        /** The first issue's code, after checking the answer is an OperationOutcome with this status. */
        public String issue(int expectedStatus) {
            OperationOutcome outcome = as(expectedStatus, OperationOutcome.class);
            return outcome.getIssueFirstRep().getCode().toCode();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
