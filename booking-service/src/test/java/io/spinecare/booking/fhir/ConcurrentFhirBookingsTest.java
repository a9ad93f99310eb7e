package io.spinecare.booking.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Concurrently;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Appointment;
import org.junit.jupiter.api.Test;

/** Invariant 1 through the FHIR facade: one slot, many systems booking it at once, one winner. */
class ConcurrentFhirBookingsTest extends IntegrationTest {

    @Test
    void sixtyFourConcurrentBooksOfOneSlotGiveOneAppointmentAndSixtyThreeConflicts() {
        String slotId = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY).get(0);
        // Four systems, sixteen requests each; some of each system's requests repeat an Idempotency-Key.
        List<FhirApi.Reply> replies =
                Concurrently.run(64, i -> FhirApi.at(port, "clinic-" + (i % 4), FhirApi.ALL_SCOPES)
                        .post(
                                "/Appointment/$book",
                                FhirBooking.onSlot(slotId)
                                        .forPatient("Patient " + (char) ('A' + i % 26))
                                        .parameters()));

        Map<Integer, Long> byStatus =
                replies.stream().collect(Collectors.groupingBy(FhirApi.Reply::status, Collectors.counting()));
        assertThat(byStatus).as(replies.toString()).isEqualTo(Map.of(200, 1L, 409, 63L));
        replies.stream().filter(r -> r.status() == 409).forEach(r -> assertThat(r.issue(409))
                .isEqualTo("conflict"));

        Appointment winner = replies.stream()
                .filter(r -> r.status() == 200)
                .findFirst()
                .orElseThrow()
                .entries(Appointment.class)
                .get(0);
        assertThat(fixtures.slotStatus(slotId)).isEqualTo("busy");
        long live = mongo.getCollection("appointments").countDocuments(new org.bson.Document("slotId", slotId));
        assertThat(live).isEqualTo(1);
        assertThat(mongo.getCollection("appointments")
                        .find(new org.bson.Document("slotId", slotId))
                        .first()
                        .getString("_id"))
                .isEqualTo(winner.getIdElement().getIdPart());
    }
}
