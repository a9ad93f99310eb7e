package io.spinecare.booking.waitlist;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.StaffTokens;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waitlist's personal data under ADR 0212: an offer's patient is told only to SpineCare's own services, an
 * erasure takes the patient's entries and offers (and gives a held slot on), and entries that left the list long
 * ago go with their offers.
 */
class WaitlistPrivacyTest extends OfferTest {

    @Autowired
    WaitlistPersonalData personalData;

    @Test
    void onlyAServiceWithThePatientReadScopeGetsTheContactOfAnOffer() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");
        String path = "/internal/waitlist-offers/" + offerId + "/contact";
        Api service = api.withBearer(StaffTokens.system("notification-service", "system/Patient.read"));

        Api.Reply contact = service.get(path);
        assertThat(contact.status()).as(contact.toString()).isEqualTo(200);
        assertThat(contact.string("email")).isEqualTo(nonce + ".asha@example.org");
        assertThat(contact.string("name")).isEqualTo("Asha Verma");
        assertThat(contact.body().path("channels").toString()).contains("EMAIL", "SMS");

        assertThat(api.get(path).status()).isEqualTo(401);
        assertThat(desk.get(path).status()).isEqualTo(403);
        assertThat(api.withBearer(StaffTokens.system("demo-ehr", "system/Appointment.read"))
                        .get(path)
                        .status())
                .isEqualTo(403);
        Api.Reply unknown = service.get("/internal/waitlist-offers/no-such-offer/contact");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).endsWith("/offer-not-found");
    }

    @Test
    void erasingThePatientRemovesTheirEntriesAndOffersAndTheHeldSlotGoesToTheNextEntry() {
        String asha = join("asha@example.org", "sciatica");
        String ravi = join("ravi@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");

        Api.Reply erased = desk.post("/api/desk/erasures", map("email", nonce + ".asha@example.org"));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.body().path("waitlistEntriesRemoved").asInt()).isEqualTo(1);
        assertThat(erased.body().path("waitlistOffersRemoved").asInt()).isEqualTo(1);
        assertThat(entry(asha)).isNull();
        assertThat(offer(offerId)).isNull();
        assertThat(api.withBearer(StaffTokens.system("notification-service", "system/Patient.read"))
                        .get("/internal/waitlist-offers/" + offerId + "/contact")
                        .status())
                .isEqualTo(404);
        assertThat(awaitOpenOffer(ravi).getString("slotId")).isEqualTo(slots.get(0));
        assertThat(mongo.getCollection("waitlist")
                        .countDocuments(new Document("patient.email", nonce + ".asha@example.org")))
                .isZero();
    }

    @Test
    void entriesThatLeftTheListLongAgoGoWithTheirOffersAndWaitingOnesStay() {
        String asha = join("asha@example.org", "sciatica");
        release(slots.get(0));
        String offerId = awaitOpenOffer(asha).getString("_id");
        api.postEmpty("/api/waitlist/offers/" + offerId + "/leave", tokenOf(offerId));
        String ravi = join("ravi@example.org", "herniated-disc");

        assertThat(personalData
                        .removeClosedBefore(clock.instant().minus(Duration.ofDays(90)), 10)
                        .entries())
                .as("left minutes ago")
                .isZero();
        clock.advance(Duration.ofDays(91));
        WaitlistPersonalData.Removed removed =
                personalData.removeClosedBefore(clock.instant().minus(Duration.ofDays(90)), 10);

        assertThat(removed).isEqualTo(new WaitlistPersonalData.Removed(1, 1));
        assertThat(entry(asha)).isNull();
        assertThat(offer(offerId)).isNull();
        assertThat(entry(ravi).getString("state")).isEqualTo("WAITING");
    }
}
