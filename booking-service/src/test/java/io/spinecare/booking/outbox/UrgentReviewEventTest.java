package io.spinecare.booking.outbox;

import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spinecare.booking.support.Api;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An urgent booking announces one urgent-review request beside its booking; a routine one announces none. */
class UrgentReviewEventTest extends IntegrationTest {

    private static final String REQUESTED = "io.spinecare.appointment.urgent-review-requested.v2";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anUrgentBookingAnnouncesOneUrgentReviewRequestWithItsTriageAndARoutineOneNone() throws Exception {
        List<String> slots = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        List<EventStream.Received> received;
        String urgentId;
        String routineId;
        try (EventStream stream = EventStream.fromNow()) {
            urgentId = api.post(
                            "/api/appointments",
                            booking(slots.get(0))
                                    .redFlag("night-pain", true)
                                    .redFlag("saddle-numbness", false)
                                    .build())
                    .string("id");
            Api.Reply routine =
                    api.post("/api/appointments", booking(slots.get(1)).build());
            routineId = routine.string("id");
            received = stream.awaitUntil(
                    r -> r.stream().filter(e -> e.type().endsWith(".booked.v2")).count() == 2
                            && r.stream().anyMatch(e -> e.type().equals(REQUESTED)),
                    Duration.ofSeconds(20));
        }

        List<EventStream.Received> requests =
                received.stream().filter(e -> e.type().equals(REQUESTED)).toList();
        assertThat(requests).hasSize(1);
        EventStream.Received request = requests.get(0);
        assertThat(request.key()).isEqualTo(urgentId).isNotEqualTo(routineId);
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.path("urgentReview").asBoolean()).isTrue();
        assertThat(body.path("triage").path("tier").asText()).isEqualTo("URGENT");
        assertThat(body.path("triage").path("redFlagIds").get(0).asText()).isEqualTo("night-pain");
        assertThat(body.path("triage").path("redFlagIds")).hasSize(1);
        assertThat(body.path("triage").path("reviewBy").asText()).isNotBlank();
    }
}
