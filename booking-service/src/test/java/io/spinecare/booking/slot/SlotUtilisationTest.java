package io.spinecare.booking.slot;

import static io.spinecare.booking.support.Api.map;
import static io.spinecare.booking.support.BookingBuilder.booking;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.booking.support.Fixtures;
import io.spinecare.booking.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The booked share of each specialist's bookable slots, per day of the coming week, as the gauge exposes it. */
class SlotUtilisationTest extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private SlotUtilisation utilisation;

    @Test
    void eachSpecialistsDaysShowTheBookedShareOfTheSlotsNotBlocked() {
        // today is Monday 2030-06-03 in the clinic's zone; the clinic day is Wednesday, day 2
        List<String> rao = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        List<String> iyer = fixtures.slotsOn("dr-iyer", Fixtures.CLINIC_DAY.plusDays(1));
        generate("dr-rao", Fixtures.CLINIC_DAY.plusDays(5)); // Monday next week: day 7, outside the window
        assertThat(rao).hasSize(8);
        book(rao.get(0));
        book(rao.get(1));
        assertThat(desk.post("/api/desk/slots/" + rao.get(2) + "/block", map()).status())
                .isEqualTo(200);
        assertThat(api.postEmpty("/api/slots/" + rao.get(3) + "/hold").status()).isEqualTo(201);
        book(iyer.get(7));

        utilisation.refresh();

        assertThat(exposed())
                .containsExactlyEntriesOf(new TreeMap<>(Map.of("dr-iyer/3", 1.0 / 8, "dr-rao/2", 2.0 / 7)));
    }

    @Test
    void aDayThatFillsUpReadsFullAfterTheNextRefreshAndTheWeekMovesWithTheClock() {
        List<String> rao = fixtures.slotsOn("dr-rao", Fixtures.CLINIC_DAY);
        rao.forEach(this::book);

        utilisation.refresh();
        assertThat(exposed()).containsExactlyEntriesOf(Map.of("dr-rao/2", 1.0));

        clock.advance(java.time.Duration.ofDays(1));
        utilisation.refresh();
        assertThat(exposed()).containsExactlyEntriesOf(Map.of("dr-rao/1", 1.0));
    }

    private void book(String slotId) {
        assertThat(api.post("/api/appointments", booking(slotId).build()).status())
                .isEqualTo(201);
    }

    private void generate(String specialistId, java.time.LocalDate day) {
        assertThat(desk.post("/api/desk/slots/generate", map("specialistId", specialistId, "from", day, "to", day))
                        .status())
                .isEqualTo(200);
    }

    /** Every series of the gauge, as "specialist/day" to its value. */
    private Map<String, Double> exposed() {
        Map<String, Double> series = new TreeMap<>();
        for (Gauge gauge : meters.find("spinecare.slots.utilisation").gauges()) {
            series.put(gauge.getId().getTag("specialist") + "/" + gauge.getId().getTag("day"), gauge.value());
        }
        return series;
    }
}
