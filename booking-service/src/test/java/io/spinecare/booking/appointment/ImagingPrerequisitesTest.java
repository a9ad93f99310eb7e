package io.spinecare.booking.appointment;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Herniated disc, new consultation: the policy asks for a lumbar MRI of at most 365 days. */
class ImagingPrerequisitesTest extends IntegrationTest {

    @Test
    void aRecentLumbarMriMakesTheAppointmentBooked() {
        Api.Reply reply = book(booking(fixtures.oneSlot()).withScan("MRI", "LUMBAR", "2030-03-01"));

        assertThat(reply.string("status")).isEqualTo("booked");
        assertThat(mri(reply).path("status").asString()).isEqualTo("MET");
    }

    @Test
    void withoutScansTheAppointmentIsPendingWithTheMissingScanAndItsDueDate() {
        Api.Reply reply = book(booking(fixtures.oneSlot()));

        assertThat(reply.string("status")).isEqualTo("pending");
        JsonNode mri = mri(reply);
        assertThat(mri.path("status").asString()).isEqualTo("MISSING");
        assertThat(mri.path("dueBy").asString()).isEqualTo("2030-06-03"); // two days before 5 June
        assertThat(mri.path("necessity").asString()).isEqualTo("MANDATORY");
        assertThat(mri.path("description").asString()).contains("MRI");
    }

    @Test
    void aBookingMadeTheDayBeforeIsNeverToldADueDateInThePast() {
        String slot = fixtures.oneSlot();
        clock.advance(java.time.Duration.ofDays(1)); // now 4 June; the review lead time would say 3 June

        JsonNode mri = mri(book(booking(slot)));

        assertThat(mri.path("status").asString()).isEqualTo("MISSING");
        assertThat(mri.path("dueBy").asString()).isEqualTo("2030-06-04");
    }

    @Test
    void aScanOlderThanThePolicyAllowsIsTooOldAndLeavesThePatientPending() {
        Api.Reply reply = book(booking(fixtures.oneSlot()).withScan("MRI", "LUMBAR", "2029-01-15"));

        assertThat(reply.string("status")).isEqualTo("pending");
        assertThat(mri(reply).path("status").asString()).isEqualTo("TOO_OLD");
    }

    @Test
    void aCtInsteadOfAnMriIsAcceptedAsAnAlternative() {
        Api.Reply reply = book(booking(fixtures.oneSlot()).withScan("CT", "LUMBAR", "2030-05-01"));

        assertThat(reply.string("status")).isEqualTo("booked");
        assertThat(mri(reply).path("status").asString()).isEqualTo("ALTERNATIVE_ACCEPTED");
    }

    @Test
    void aWholeSpineMriCoversALumbarRequirement() {
        Api.Reply reply = book(booking(fixtures.oneSlot()).withScan("MRI", "WHOLE_SPINE", "2030-05-01"));

        assertThat(reply.string("status")).isEqualTo("booked");
    }

    @Test
    void aFollowUpNeedsNoImaging() {
        Api.Reply reply = book(booking(fixtures.oneSlot()).type("FOLLOW_UP"));

        assertThat(reply.string("status")).isEqualTo("booked");
        assertThat(reply.body().path("prerequisites").size()).isZero();
    }

    private Api.Reply book(io.spinecare.booking.support.BookingBuilder request) {
        Api.Reply reply = api.post("/api/appointments", request.build());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static JsonNode mri(Api.Reply reply) {
        for (JsonNode prerequisite : reply.body().path("prerequisites")) {
            if (prerequisite.path("modality").asString().equals("MRI")) {
                return prerequisite;
            }
        }
        throw new AssertionError("no MRI prerequisite in " + reply);
    }
}
