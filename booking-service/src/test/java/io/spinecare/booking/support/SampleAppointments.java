package io.spinecare.booking.support;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.NewAppointment;
import io.spinecare.booking.slot.SlotStatus;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** An appointment made by the aggregate's own factory, for tests that look at one without a running service. */
public final class SampleAppointments {

    /** The members every view of an appointment starts with, in this order (the unwrapped heading). */
    public static final List<String> HEADING = List.of("id", "reference", "status", "start", "end", "timeZone");

    private SampleAppointments() {}

    public static Appointment booked() {
        OffsetDateTime start = OffsetDateTime.parse("2030-06-05T09:00:00+02:00");
        SlotView slot = new SlotView(
                "dr-a-20300605T0700Z",
                "dr-a",
                start,
                start.plusMinutes(30),
                "Europe/Berlin",
                30,
                ConsultationMode.IN_PERSON,
                "Room 1",
                SlotStatus.BUSY,
                "a-1");
        Specialist specialist = new Specialist(
                "dr-a",
                "Dr A",
                "spine surgery",
                List.of("lumbar-disc-herniation"),
                List.of(ConsultationType.NEW_CONSULTATION),
                List.of(ConsultationMode.IN_PERSON),
                "Room 1",
                null,
                Instant.EPOCH);
        NewAppointment booking = new NewAppointment(
                "a-1",
                slot,
                specialist,
                ConsultationType.NEW_CONSULTATION,
                "lumbar-disc-herniation",
                "v1",
                new Appointment.Patient("Ada", "ada@example.org", "+4930123456", null),
                List.of(),
                List.of(),
                Map.of(),
                null,
                AppointmentStatus.BOOKED,
                "hash");
        return Appointment.book(booking, Instant.EPOCH, "patient", null).appointment();
    }
}
