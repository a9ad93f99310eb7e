package io.spinecare.booking.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.IntegrationTest;
import io.spinecare.testsupport.OpenApiSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document the running service serves: written to {@code target/openapi/} for the linter, and equal to
 * the copy in {@code docs/openapi/} from which the end-to-end tests generate their client (so a change of the API
 * shows in review, and the client is generated from what the code really serves).
 */
class ApiDocumentTest extends IntegrationTest {

    private static final OpenApiSnapshot SNAPSHOT = new OpenApiSnapshot("booking-service");

    @Test
    void theCommittedDocumentIsTheOneTheServiceServes() throws Exception {
        String served = api.get("/v3/api-docs").text();

        SNAPSHOT.check(served);
    }

    @Test
    void everyOperationHasAnIdASummaryATagAndItsProblems() throws Exception {
        JsonNode document = OpenApiSnapshot.parse(api.get("/v3/api-docs").text());
        Set<String> ids = new HashSet<>();
        List<String> incomplete = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode operation = op.getValue();
                    String id = operation.path("operationId").asString("");
                    boolean problemsDeclared = operation.get("responses").properties().stream()
                            .filter(response -> response.getKey().startsWith("4"))
                            .allMatch(response ->
                                    response.getValue().path("content").has("application/problem+json"));
                    if (!ids.add(id)
                            || id.matches(".*_\\d+$")
                            || operation.path("summary").asString("").isBlank()
                            || operation.path("description").asString("").isBlank()
                            || operation.path("tags").isEmpty()
                            || !operation.has("security")
                            || !problemsDeclared) {
                        incomplete.add(op.getKey() + " " + path.getKey() + " (" + id + ")");
                    }
                }));

        assertThat(incomplete).isEmpty();
        assertThat(ids).contains("bookAppointment", "holdSlot", "checkInAppointment", "getAgenda");
    }

    @Test
    void bookingDocumentsTheTakenSlotAndTheManageTokenScheme() throws Exception {
        JsonNode document = OpenApiSnapshot.parse(api.get("/v3/api-docs").text());
        JsonNode book = document.at("/paths/~1api~1appointments/post");
        JsonNode view = document.at("/paths/~1api~1appointments~1{reference}/get");

        assertThat(book.at("/responses/409/content/application~1problem+json/examples/slot-taken/value/type")
                        .asString())
                .isEqualTo("https://spinecare.io/problems/slot-taken");
        assertThat(book.at("/responses/201/content/application~1json/schema/$ref")
                        .asString())
                .endsWith("/AppointmentView");
        assertThat(view.at("/security/0").has("manageToken")).isTrue();
        assertThat(view.path("parameters").findValuesAsString("name")).doesNotContain("X-Manage-Token");
        assertThat(document.at("/info/title").asString()).isEqualTo("SpineCare booking API");
    }
}
