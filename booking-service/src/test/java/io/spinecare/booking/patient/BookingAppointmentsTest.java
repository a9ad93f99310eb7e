package io.spinecare.booking.patient;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookingAppointmentsTest extends IntegrationTest {

    @Test
    void bookingAFreeSlotReturnsAReferenceATokenAndTheTimesInTheClinicsOffset() {
        String slotId = fixtures.oneSlot();

        Api.Reply booked = api.post(
                "/api/appointments", booking(slotId).withRecentLumbarMri().build());

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.string("reference")).matches("SC-[2-9A-HJ-NP-Z]{6}");
        assertThat(booked.string("manageToken")).matches("t1\\.[A-Za-z0-9_-]{43}");
        assertThat(booked.string("status")).isEqualTo("booked");
        assertThat(booked.string("start")).isEqualTo("2030-06-05T09:00:00+05:30");
        assertThat(booked.string("end")).isEqualTo("2030-06-05T09:30:00+05:30");
        assertThat(booked.body().path("specialist").path("id").asString()).isEqualTo("dr-rao");
        assertThat(booked.string("catalogueVersion")).isNotBlank();
        assertThat(booked.headers().getLocation()).hasToString("/api/appointments/" + booked.string("reference"));
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
    }

    @Test
    void onlyTheHashOfTheManageTokenIsStored() {
        String slotId = fixtures.oneSlot();
        Api.Reply booked = api.post(
                "/api/appointments", booking(slotId).withRecentLumbarMri().build());

        org.bson.Document stored = mongo.getCollection("appointments").find().first();

        assertThat(stored.toJson()).doesNotContain(booked.string("manageToken"));
        assertThat(stored.getString("tokenHash")).hasSize(64);
    }

    @Test
    void bookingTheSameSlotTwiceFailsForTheSecondPatient() {
        String slotId = fixtures.oneSlot();
        assertThat(api.post("/api/appointments", booking(slotId).build()).status())
                .isEqualTo(201);

        Api.Reply second = api.post(
                "/api/appointments", booking(slotId).patientName("Ravi Iyer").build());

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).isEqualTo("application/problem+json");
        assertThat(second.problemType()).isEqualTo("https://spinecare.io/problems/slot-taken");
    }

    @Test
    void sixtyFourPatientsBookingOneSlotAtOnceGiveExactlyOneAppointmentAndSixtyThreeConflicts() {
        String slotId = fixtures.oneSlot();

        List<Api.Reply> replies = Concurrently.run(
                64,
                n -> api.post(
                        "/api/appointments",
                        booking(slotId)
                                .patientName("Patient " + (char) ('A' + n % 26))
                                .build()));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).hasSize(63);
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void aPatientBooksTheSlotTheyHold() {
        String slotId = fixtures.oneSlot();
        String holdId = api.postEmpty("/api/slots/" + slotId + "/hold").string("holdId");

        Api.Reply booked =
                api.post("/api/appointments", booking(slotId).hold(holdId).build());

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
    }

    @Test
    void onePatientsHoldCannotBeUsedByAnotherBooking() {
        String slotId = fixtures.oneSlot();
        String holdId = api.postEmpty("/api/slots/" + slotId + "/hold").string("holdId");

        Api.Reply withoutHold = api.post(
                "/api/appointments", booking(slotId).patientName("Ravi Iyer").build());
        Api.Reply withWrongHold = api.post(
                "/api/appointments", booking(slotId).hold("someone-elses-hold").build());
        Api.Reply holder =
                api.post("/api/appointments", booking(slotId).hold(holdId).build());
        Api.Reply holdUsedAgain = api.post(
                "/api/appointments",
                booking(slotId).hold(holdId).patientName("Ravi Iyer").build());

        assertThat(withoutHold.status()).isEqualTo(409);
        assertThat(withWrongHold.status()).isEqualTo(409);
        assertThat(holder.status()).isEqualTo(201);
        assertThat(holdUsedAgain.status()).isEqualTo(409);
        assertThat(mongo.getCollection("appointments").countDocuments()).isEqualTo(1);
    }

    @Test
    void aHoldOnOneSlotDoesNotBookAnother() {
        List<String> slotIds = fixtures.slotsOn("dr-rao", io.spinecare.booking.support.Fixtures.CLINIC_DAY);
        String holdId = api.postEmpty("/api/slots/" + slotIds.get(0) + "/hold").string("holdId");
        api.postEmpty("/api/slots/" + slotIds.get(1) + "/hold");

        Api.Reply reply = api.post(
                "/api/appointments", booking(slotIds.get(1)).hold(holdId).build());

        assertThat(reply.status()).isEqualTo(409);
    }

    @Test
    void afterAHoldExpiresAnotherPatientCanBookTheSlot() {
        String slotId = fixtures.oneSlot();
        String holdId = api.postEmpty("/api/slots/" + slotId + "/hold").string("holdId");
        assertThat(api.post(
                                "/api/appointments",
                                booking(slotId).patientName("Ravi Iyer").build())
                        .status())
                .isEqualTo(409);

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(api.post(
                                "/api/appointments",
                                booking(slotId).patientName("Ravi Iyer").build())
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/appointments", booking(slotId).hold(holdId).build())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aSlotWhoseSpecialistDoesNotOfferTheConsultationTypeIsRefused() {
        String slotId = fixtures.oneSlot();

        Api.Reply reply = api.post(
                "/api/appointments", booking(slotId).type("PRE_OPERATIVE").build());

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.problemType()).isEqualTo("https://spinecare.io/problems/slot-does-not-fit");
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("free");
    }
}
