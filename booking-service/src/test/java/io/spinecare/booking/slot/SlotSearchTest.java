package io.spinecare.booking.slot;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotSearchTest extends IntegrationTest {

    @Test
    void findsFreeSlotsOfSpecialistsTreatingTheConditionWithTheClinicsOffset() {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        api.postEmpty("/api/slots/" + slots.get(0) + "/hold");

        Api.Reply found = api.get("/api/slots?conditionId=herniated-disc&consultationType=NEW_CONSULTATION"
                + "&from=2030-06-05&to=2030-06-05");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().size()).isEqualTo(7);
        assertThat(found.body().get(0).path("start").asString()).isEqualTo("2030-06-05T09:30:00+05:30");
        assertThat(found.body().get(0).path("status").asString()).isEqualTo("free");
    }

    @Test
    void specialistsWhoDoNotTreatTheConditionOfferNothing() {
        fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);

        Api.Reply found = api.get("/api/slots?conditionId=scoliosis&from=2030-06-05&to=2030-06-05");

        assertThat(found.body().size()).isZero();
    }

    @Test
    void aConsultationTypeLongerThanTheSlotsFindsNothing() {
        fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);

        Api.Reply found = api.get("/api/slots?specialistId=dr-rao&consultationType=SECOND_OPINION&from=2030-06-05");

        assertThat(found.body().size()).isZero(); // a second opinion takes 45 minutes; slots are 30
    }

    @Test
    void slotsInsideTheMinimumNoticeAreNotOffered() {
        fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        clock.advance(Duration.ofDays(2).minusMinutes(30)); // 08:30 on the day: 09:00 and 10:00 are too soon

        Api.Reply found = api.get("/api/slots?specialistId=dr-rao");

        assertThat(found.body().get(0).path("start").asString()).isEqualTo("2030-06-05T10:30:00+05:30");
    }

    @Test
    void slotsBeyondTheHorizonAreNotOffered() {
        fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        clock.advance(Duration.ofDays(-100));

        Api.Reply found = api.get("/api/slots?specialistId=dr-rao&from=2030-06-05&to=2030-06-05");

        assertThat(found.body().size()).isZero();
    }

    @Test
    void specialistsArePublicButTheirAvailabilityIsNot() {
        fixtures.specialist("dr-rao").create();

        Api.Reply specialists = api.get("/api/specialists?conditionId=sciatica");

        assertThat(specialists.body().get(0).path("id").asString()).isEqualTo("dr-rao");
        assertThat(specialists.body().get(0).has("availability")).isFalse();
        assertThat(api.get("/api/specialists?conditionId=scoliosis").body().size())
                .isZero();
    }
}
