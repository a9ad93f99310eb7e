package io.spinecare.booking.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the patient pages read before booking: the questions to ask, each tier's advice, the scans needed. */
class CatalogTriageTest extends IntegrationTest {

    @Test
    void aConditionAsksTheUniversalQuestionsThenItsOwnAndCarriesEachTiersAdvice() {
        Api.Reply reply = api.get("/api/catalog/conditions/cervical-stenosis");

        assertThat(reply.status()).isEqualTo(200);
        List<String> asked = new ArrayList<>();
        reply.body().path("redFlags").forEach(f -> asked.add(f.path("id").asString()));
        assertThat(asked.get(0)).isEqualTo("bladder-bowel-dysfunction");
        assertThat(asked).contains("cancer-history", "major-trauma").endsWith("myelopathy-signs");
        assertThat(reply.body().path("redFlags").get(0).path("tier").asString()).isEqualTo("EMERGENCY");
        JsonNode tiers = reply.body().path("triageTiers");
        assertThat(tiers).hasSize(3);
        assertThat(tiers.get(1).path("tier").asString()).isEqualTo("URGENT");
        assertThat(tiers.get(1).path("reviewWithinHours").asInt()).isEqualTo(24);
        assertThat(api.get("/api/catalog/triage-tiers").body()).hasSize(3);
    }

    @Test
    void theScansANeckConsultationNeedsAreOfTheNeck() {
        Api.Reply reply =
                api.get("/api/catalog/conditions/cervical-stenosis/prerequisites?consultationType=NEW_CONSULTATION");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get(0).path("modality").asString()).isEqualTo("MRI");
        assertThat(reply.body().get(0).path("region").asString()).isEqualTo("CERVICAL");
        assertThat(reply.body().get(0).path("maxAgeDays").asInt()).isEqualTo(180);
    }

    @Test
    void anUnknownConsultationTypeIsAProblemNotAnError() {
        Api.Reply reply = api.get("/api/catalog/conditions/cervical-stenosis/prerequisites?consultationType=CHAT");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aProcedureListsItsFollowUpVisitsWithTheirWindowsAndScans() {
        Api.Reply reply = api.get("/api/catalog/procedures/spinal-fusion");

        assertThat(reply.status()).isEqualTo(200);
        var visits = reply.body().path("followUps").path("visits");
        assertThat(visits.size()).isEqualTo(5);
        assertThat(visits.get(0).path("id").asString()).isEqualTo("wound-check");
        assertThat(visits.get(0).path("target").asString()).isEqualTo("P14D");
        assertThat(visits.get(0).path("imaging").isEmpty()).isTrue();
        assertThat(visits.get(3).path("target").asString()).isEqualTo("P6M");
        assertThat(visits.get(3).path("toleranceBefore").asString()).isEqualTo("P21D");
        assertThat(visits.get(3).path("imaging").get(0).path("modality").asString())
                .isEqualTo("XRAY");
    }

    @Test
    void everyProcedureSaysNotEveryPatientIsACandidate() {
        assertThat(api.get("/api/catalog/procedures").body())
                .allSatisfy(
                        p -> assertThat(p.path("candidacy").asString()).contains("Not every patient is a candidate"));
    }
}
