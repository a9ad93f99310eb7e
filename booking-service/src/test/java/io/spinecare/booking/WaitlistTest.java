package io.spinecare.booking;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class WaitlistTest extends IntegrationTest {

    private static final java.util.Map<String, Object> PATIENT =
            map("name", "Asha Verma", "email", "asha@example.org", "phone", "+91 98765 43210");

    @Test
    void aPatientJoinsTheWaitlistAndStaffSeeIt() {
        Api.Reply joined = api.post(
                "/api/waitlist",
                map(
                        "conditionId",
                        "sciatica",
                        "consultationType",
                        "NEW_CONSULTATION",
                        "earliest",
                        "2030-06-10",
                        "patient",
                        PATIENT));

        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.string("status")).isEqualTo("waiting");
        assertThat(desk.get("/api/desk/waitlist")
                        .body()
                        .get(0)
                        .path("conditionId")
                        .asString())
                .isEqualTo("sciatica");
    }

    @Test
    void anUnknownConditionIsRefused() {
        Api.Reply reply = api.post(
                "/api/waitlist",
                map("conditionId", "broken-leg", "consultationType", "NEW_CONSULTATION", "patient", PATIENT));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(mongo.getCollection("waitlist").countDocuments()).isZero();
    }
}
