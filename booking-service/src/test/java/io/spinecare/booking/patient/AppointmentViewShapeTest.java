package io.spinecare.booking.patient;

import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.SampleAppointments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AppointmentViewShapeTest {

    @Test
    void thePatientsViewIsOneFlatObjectWithTheSharedHeadingFirst() {
        var json = JsonMapper.builder().build().valueToTree(AppointmentView.of(SampleAppointments.booked(), "t", null));

        List<String> expected = new ArrayList<>(SampleAppointments.HEADING);
        expected.addAll(List.of(
                "specialist",
                "location",
                "mode",
                "consultationType",
                "conditionId",
                "prerequisites",
                "urgentReview",
                "reviewAcknowledged",
                "catalogueVersion",
                "manageToken"));
        assertThat(new ArrayList<>(json.propertyNames())).containsExactlyElementsOf(expected);
        assertThat(json.get("start").asString()).isEqualTo("2030-06-05T09:00:00+02:00");
    }
}
