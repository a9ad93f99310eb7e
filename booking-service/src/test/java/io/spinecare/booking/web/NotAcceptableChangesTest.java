package io.spinecare.booking.web;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A change whose Accept header rules out JSON is refused before it is made, not after (RequestShapeFilter). */
class NotAcceptableChangesTest extends IntegrationTest {

    @Test
    void aChangeThatCouldNotAnswerInJsonChangesNothing() {
        String slot = fixtures.oneSlot();
        String booked = api.post(
                        "/api/appointments",
                        booking(fixtures.slotIds("dr-rao", Fixtures.CLINIC_DAY).get(1))
                                .build())
                .string("id");

        for (String accept : List.of("text/html", "application/xml", "application/json;q=0")) {
            Api.Reply book = api.post("/api/appointments", booking(slot).build(), "Accept", accept);
            Api.Reply verify =
                    desk.postEmpty("/api/desk/appointments/" + booked + "/verify-prerequisites", "Accept", accept);

            assertThat(book.status()).as(accept).isEqualTo(406);
            assertThat(verify.status()).as(accept).isEqualTo(406);
            assertThat(book.problemType()).endsWith("/not-acceptable");
        }
        assertThat(fixtures.slotStatus(slot)).isEqualTo("free");
        assertThat(mongo.getCollection("appointments").countDocuments(new Document()))
                .isEqualTo(1);
        assertThat(desk.get("/api/desk/appointments/" + booked)
                        .body()
                        .path("status")
                        .asString())
                .as("scans not verified")
                .isEqualTo("pending");
    }

    @Test
    void aWildcardAcceptStillChanges() {
        Api.Reply wildcard =
                api.post("/api/appointments", booking(fixtures.oneSlot()).build(), "Accept", "*/*");

        assertThat(wildcard.status()).as(wildcard.toString()).isEqualTo(201);
    }
}
