package io.spinecare.booking.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The choices for moving one visit: free slots inside its window only, for the patient's link and the desk. */
class SeriesVisitSlotsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    SeriesClinic clinic;

    @BeforeEach
    void clinic() {
        clinic = new SeriesClinic(api, desk, fixtures, context);
        clinic.specialists();
    }

    @Test
    void theFreeSlotsOfAVisitLieInItsWindowEvenBeyondThePatientsHorizonAndNeedTheSeriesToken() {
        clinic.slotsForFusion();
        clinic.slots(SeriesClinic.COLLEAGUE, LocalDate.of(2030, 7, 23), LocalDate.of(2030, 7, 26)); // after the window
        String id = clinic.recordFusion(clinic.appointment("Ravi Kumar", 0))
                .body()
                .path("id")
                .asString();

        Api.Reply patient =
                api.get("/api/series/" + id + "/visits/review-6-weeks/slots", "X-Manage-Token", clinic.token(id));
        Api.Reply forDesk = desk.get("/api/desk/series/" + id + "/visits/review-12-months/slots");

        assertThat(patient.status()).as(patient.toString()).isEqualTo(200);
        assertThat(patient.body().size()).isPositive();
        for (JsonNode slot : patient.body()) {
            assertThat(OffsetDateTime.parse(slot.path("start").asString()).toLocalDate())
                    .isBetween(LocalDate.of(2030, 7, 8), LocalDate.of(2030, 7, 22));
        }
        assertThat(forDesk.status()).as(forDesk.toString()).isEqualTo(200);
        assertThat(forDesk.body().size())
                .as("a year after surgery, beyond the 90-day horizon")
                .isPositive();
        assertThat(OffsetDateTime.parse(forDesk.body().get(0).path("start").asString())
                        .toLocalDate())
                .isAfterOrEqualTo(LocalDate.of(2031, 5, 3));

        assertThat(api.get("/api/series/" + id + "/visits/review-6-weeks/slots", "X-Manage-Token", "k1.wrong")
                        .status())
                .isEqualTo(404);
        Api.Reply unknownVisit = desk.get("/api/desk/series/" + id + "/visits/no-such-visit/slots");
        assertThat(unknownVisit.status()).isEqualTo(422);
        assertThat(unknownVisit.contentType()).contains("problem+json");
    }
}
