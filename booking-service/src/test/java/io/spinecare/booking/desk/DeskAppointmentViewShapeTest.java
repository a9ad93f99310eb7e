package io.spinecare.booking.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.SampleAppointments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeskAppointmentViewShapeTest {

    @Test
    void theDesksViewIsOneFlatObjectWithTheSharedHeadingFirst() {
        var json = JsonMapper.builder().build().valueToTree(DeskAppointmentView.of(SampleAppointments.booked()));

        List<String> expected = new ArrayList<>(SampleAppointments.HEADING);
        expected.addAll(List.of(
                "slotId",
                "specialist",
                "consultationType",
                "conditionId",
                "patient",
                "imaging",
                "prerequisites",
                "prerequisitesVerified",
                "redFlags",
                "urgentReview",
                "reviewAcknowledged",
                "catalogueVersion",
                "history"));
        assertThat(new ArrayList<>(json.propertyNames())).containsExactlyElementsOf(expected);
        assertThat(json.get("end").asString()).isEqualTo("2030-06-05T09:30:00+02:00");
    }
}
