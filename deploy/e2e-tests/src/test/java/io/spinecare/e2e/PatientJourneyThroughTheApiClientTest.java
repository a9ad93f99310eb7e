package io.spinecare.e2e;

import static io.spinecare.e2e.GeneratedClients.bookingProblem;
import static io.spinecare.e2e.GeneratedClients.manageToken;
import static io.spinecare.e2e.GeneratedClients.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.client.booking.ApiException;
import io.spinecare.client.booking.api.AppointmentsApi;
import io.spinecare.client.booking.api.SlotsApi;
import io.spinecare.client.booking.model.AppointmentView;
import io.spinecare.client.booking.model.BookingRequest;
import io.spinecare.client.booking.model.CancelRequest;
import io.spinecare.client.booking.model.HoldGranted;
import io.spinecare.client.booking.model.OpenSlotView;
import io.spinecare.client.booking.model.PatientDetails;
import io.spinecare.client.booking.model.Prerequisite;
import io.spinecare.client.booking.model.Problem;
import io.spinecare.client.booking.model.RescheduleRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The patient's journey through the client generated from booking-service's OpenAPI document only: find a slot,
 * hold it, book it, lose a race for it, view, reschedule and cancel, each answer read as the document's types,
 * refusals included.
 */
class PatientJourneyThroughTheApiClientTest {

    private static final String SPECIALIST = "dr-arjun-rao";
    private static final String CONDITION = "spondylolisthesis";

    private static SlotsApi slots;
    private static AppointmentsApi appointments;

    @BeforeAll
    static void clientsForTheRunningStack() throws Exception {
        GeneratedClients clients = new GeneratedClients(RunningStack.get().gatewayUrl());
        slots = new SlotsApi(clients.booking());
        appointments = new AppointmentsApi(clients.booking());
    }

    @Test
    void aPatientHoldsBooksLosesARaceViewsReschedulesAndCancels() throws Exception {
        List<OpenSlotView> free = freeSlots();
        assertThat(free).hasSizeGreaterThanOrEqualTo(2).allSatisfy(slot -> {
            assertThat(slot.getStatus()).isEqualTo(OpenSlotView.StatusEnum.FREE);
            assertThat(slot.getSpecialistId()).isEqualTo(SPECIALIST);
        });
        OpenSlotView first = free.get(0);
        OpenSlotView second = free.get(1);

        HoldGranted hold = slots.holdSlot(first.getId());
        assertThat(hold.getSlotId()).isEqualTo(first.getId());
        assertThat(hold.getExpiresAt()).isAfter(OffsetDateTime.now());

        AppointmentView booked =
                appointments.bookAppointment(booking(first.getId(), hold.getHoldId(), "Meena Pillai"), newKey());
        assertThat(booked.getStatus()).isEqualTo(AppointmentView.StatusEnum.PENDING);
        assertThat(booked.getReference()).matches("SC-[23456789A-HJ-NP-Z]{6}");
        assertThat(booked.getManageToken()).isNotBlank();
        assertThat(booked.getStart()).isEqualTo(first.getStart());
        assertThat(booked.getSpecialist().getId()).isEqualTo(SPECIALIST);
        assertThat(booked.getPrerequisites())
                .isNotEmpty()
                .extracting(Prerequisite::getStatus)
                .contains(Prerequisite.StatusEnum.MISSING);

        Problem taken = bookingProblem(
                409, () -> appointments.bookAppointment(booking(first.getId(), null, "Rahul Desai"), newKey()));
        assertThat(taken.getType()).isEqualTo(problemType("slot-taken"));
        assertThat(taken.getStatus()).isEqualTo(409);
        assertThat(taken.getTitle()).isEqualTo("The slot is no longer available");
        assertThat(bookingProblem(409, () -> slots.holdSlot(first.getId())).getType())
                .isEqualTo(problemType("slot-taken"));

        String reference = booked.getReference();
        String token = booked.getManageToken();
        AppointmentView viewed = appointments.viewAppointment(reference, manageToken(token));
        assertThat(viewed.getId()).isEqualTo(booked.getId());
        assertThat(viewed.getManageToken()).as("the token is shown only once").isNull();
        Problem wrongToken = bookingProblem(
                404, () -> appointments.viewAppointment(reference, manageToken("not-the-token-" + reference)));
        assertThat(wrongToken.getType()).isEqualTo(problemType("appointment-not-found"));

        HoldGranted secondHold = slots.holdSlot(second.getId());
        AppointmentView moved = appointments.rescheduleAppointment(
                reference,
                new RescheduleRequest().slotId(second.getId()).holdId(secondHold.getHoldId()),
                manageToken(token));
        assertThat(moved.getStart()).isEqualTo(second.getStart());
        String newToken = moved.getManageToken();
        assertThat(newToken)
                .as("a reschedule issues a new manage token")
                .isNotBlank()
                .isNotEqualTo(token);
        assertThat(bookingProblem(404, () -> appointments.viewAppointment(reference, manageToken(token)))
                        .getType())
                .isEqualTo(problemType("appointment-not-found"));
        assertThat(freeSlots())
                .extracting(OpenSlotView::getId)
                .contains(first.getId())
                .doesNotContain(second.getId());

        AppointmentView cancelled = appointments.cancelAppointment(
                reference,
                new CancelRequest().reason(CancelRequest.ReasonEnum.SCHEDULE_CONFLICT),
                manageToken(newToken));
        assertThat(cancelled.getStatus()).isEqualTo(AppointmentView.StatusEnum.CANCELLED);
        Problem again = bookingProblem(
                409, () -> appointments.cancelAppointment(reference, new CancelRequest(), manageToken(newToken)));
        assertThat(again.getType()).isEqualTo(problemType("appointment-not-active"));
        assertThat(freeSlots()).extracting(OpenSlotView::getId).contains(second.getId());
    }

    @Test
    void anInvalidBookingIsRefusedWithTheFieldsThatAreWrong() throws Exception {
        OpenSlotView slot = freeSlots().get(0);
        BookingRequest invalid = booking(slot.getId(), null, "Anil Kapoor");
        invalid.getPatient().email("not-an-email");

        Problem problem = bookingProblem(400, () -> appointments.bookAppointment(invalid, newKey()));

        assertThat(problem.getType()).isEqualTo(problemType("validation-failed"));
        assertThat(problem.getErrors())
                .anySatisfy(error -> assertThat(error.getField()).isEqualTo("patient.email"));
    }

    private static List<OpenSlotView> freeSlots() throws ApiException {
        LocalDate from = LocalDate.now().plusDays(3);
        return slots.searchSlots(
                SPECIALIST,
                CONDITION,
                "NEW_CONSULTATION",
                from.toString(),
                from.plusDays(10).toString());
    }

    private static BookingRequest booking(String slotId, String holdId, String name) {
        return new BookingRequest()
                .slotId(slotId)
                .holdId(holdId)
                .consultationType(BookingRequest.ConsultationTypeEnum.NEW_CONSULTATION)
                .conditionId(CONDITION)
                .patient(new PatientDetails()
                        .name(name)
                        .email(GatewayClient.emailOf(name))
                        .phone("+91 98765 43210")
                        .dateOfBirth(LocalDate.of(1969, 4, 12)))
                .imaging(List.of());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
