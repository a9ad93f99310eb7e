package io.spinecare.e2e;

import static io.spinecare.e2e.GeneratedClients.bookingProblem;
import static io.spinecare.e2e.GeneratedClients.notificationProblem;
import static io.spinecare.e2e.GeneratedClients.problemType;
import static io.spinecare.e2e.GeneratedClients.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.spinecare.client.booking.api.AppointmentsApi;
import io.spinecare.client.booking.api.DeskAgendaApi;
import io.spinecare.client.booking.api.DeskAppointmentsApi;
import io.spinecare.client.booking.api.DeskSlotsApi;
import io.spinecare.client.booking.api.DeskSpecialistsApi;
import io.spinecare.client.booking.api.SlotsApi;
import io.spinecare.client.booking.model.Agenda;
import io.spinecare.client.booking.model.AgendaEntry;
import io.spinecare.client.booking.model.AppointmentView;
import io.spinecare.client.booking.model.AvailabilityRequest;
import io.spinecare.client.booking.model.BookingRequest;
import io.spinecare.client.booking.model.DeskAppointmentView;
import io.spinecare.client.booking.model.GenerateRequest;
import io.spinecare.client.booking.model.OpenSlotView;
import io.spinecare.client.booking.model.PatientDetails;
import io.spinecare.client.booking.model.Problem;
import io.spinecare.client.booking.model.SlotGenerationResult;
import io.spinecare.client.booking.model.WeeklyWindowRequest;
import io.spinecare.client.notification.api.DeskNotificationsApi;
import io.spinecare.client.notification.model.DeliveryLogEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front desk's day through the clients generated from the services' OpenAPI documents only: publish today's
 * slots, see the booked patient on the agenda, check them in, be refused a second check-in and a check-in on
 * another day, and read what the patient was sent.
 */
class DeskJourneyThroughTheApiClientTest {

    private static final ZoneId CLINIC = ZoneId.of("Asia/Kolkata");
    private static final String SPECIALIST = "dr-arjun-rao";
    private static final String CONDITION = "scoliosis";

    private static GeneratedClients clients;
    private static Map<String, String> staff;

    @BeforeAll
    static void clientsForTheRunningStack() throws Exception {
        RunningStack stack = RunningStack.get();
        clients = new GeneratedClients(stack.gatewayUrl());
        staff = staff(new GatewayClient(stack.gatewayUrl()).staffToken());
    }

    @Test
    void theDeskSeesTheBookingOnTheAgendaChecksThePatientInAndReadsWhatTheyWereSent() throws Exception {
        ZonedDateTime start =
                ZonedDateTime.now(CLINIC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(5);
        String slotId = oneSlotToday(start);
        AppointmentView booked = book(slotId, "Farah Khan");

        Agenda agenda = new DeskAgendaApi(clients.booking()).getAgenda(start.toLocalDate(), SPECIALIST, staff);
        assertThat(agenda.getDate()).isEqualTo(start.toLocalDate());
        AgendaEntry entry = agenda.getSlots().stream()
                .filter(slot -> slot.getId().equals(slotId))
                .findFirst()
                .orElseThrow();
        assertThat(entry.getStatus()).isEqualTo("busy");
        assertThat(entry.getAppointment().getReference()).isEqualTo(booked.getReference());
        assertThat(entry.getAppointment().getPatientName()).isEqualTo("Farah Khan");
        assertThat(entry.getAppointment().getOutstandingScans()).isPositive();

        DeskAppointmentsApi desk = new DeskAppointmentsApi(clients.booking());
        DeskAppointmentView arrived = desk.checkInAppointment(booked.getId(), staff);
        assertThat(arrived.getStatus()).isEqualTo(DeskAppointmentView.StatusEnum.ARRIVED);
        assertThat(arrived.getPatient().getEmail()).isEqualTo(GatewayClient.emailOf("Farah Khan"));
        assertThat(arrived.getHistory()).isNotEmpty();

        Problem twice = bookingProblem(409, () -> desk.checkInAppointment(booked.getId(), staff));
        assertThat(twice.getType()).isEqualTo(problemType("wrong-status"));

        DeskNotificationsApi notifications = new DeskNotificationsApi(clients.notification());
        List<DeliveryLogEntry> sent = await().atMost(Duration.ofSeconds(30))
                .until(() -> notifications.listNotifications(booked.getId(), staff), log -> log.stream()
                        .anyMatch(d -> "CONFIRMATION".equals(d.getKind()) && "SENT".equals(d.getStatus())));
        assertThat(sent).allSatisfy(delivery -> assertThat(delivery.getRecipient())
                .doesNotContain(GatewayClient.emailOf("Farah Khan")));
    }

    @Test
    void aCheckInOnAnotherDayIsRefusedWithAProblem() throws Exception {
        List<OpenSlotView> later = new SlotsApi(clients.booking())
                .searchSlots(
                        SPECIALIST,
                        CONDITION,
                        "NEW_CONSULTATION",
                        LocalDate.now(CLINIC).plusDays(12).toString(),
                        LocalDate.now(CLINIC).plusDays(20).toString());
        AppointmentView booked = book(later.get(0).getId(), "Joseph Mathew");

        Problem notToday = bookingProblem(
                409, () -> new DeskAppointmentsApi(clients.booking()).checkInAppointment(booked.getId(), staff));

        assertThat(notToday.getType()).isEqualTo(problemType("not-today"));
        assertThat(notToday.getDetail()).isNotBlank();
    }

    @Test
    void withoutAStaffTokenTheDeskApisAnswerWithAProblem() throws Exception {
        Problem agenda = bookingProblem(
                401, () -> new DeskAgendaApi(clients.booking()).getAgenda(LocalDate.now(CLINIC), SPECIALIST));
        io.spinecare.client.notification.model.Problem log = notificationProblem(
                401, () -> new DeskNotificationsApi(clients.notification()).listNotifications("any"));

        assertThat(agenda.getType()).isEqualTo(problemType("unauthenticated"));
        assertThat(log.getType()).isEqualTo(problemType("unauthenticated"));
    }

    /** Gives the specialist one 30-minute slot today from {@code start}, published as the desk would. */
    private static String oneSlotToday(ZonedDateTime start) throws Exception {
        LocalTime from = start.toLocalTime();
        assertThat(from.plusMinutes(30)).as("the slot fits before midnight").isAfter(from);
        LocalDate today = start.toLocalDate();
        new DeskSpecialistsApi(clients.booking())
                .replaceWeeklyAvailability(
                        SPECIALIST,
                        new AvailabilityRequest()
                                .weekly(List.of(new WeeklyWindowRequest()
                                        .day(WeeklyWindowRequest.DayEnum.valueOf(
                                                start.getDayOfWeek().name()))
                                        .start(from.toString())
                                        .end(from.plusMinutes(30).toString())
                                        .slotMinutes(30))),
                        staff);
        SlotGenerationResult generated = new DeskSlotsApi(clients.booking())
                .generateSlots(
                        new GenerateRequest()
                                .specialistId(SPECIALIST)
                                .from(today)
                                .to(today),
                        staff);
        assertThat(generated.getCreated()).isEqualTo(1);
        return new SlotsApi(clients.booking())
                .searchSlots(SPECIALIST, CONDITION, "NEW_CONSULTATION", today.toString(), today.toString()).stream()
                        .filter(slot -> slot.getStart().toInstant().equals(start.toInstant()))
                        .findFirst()
                        .orElseThrow()
                        .getId();
    }

    private static AppointmentView book(String slotId, String name) throws Exception {
        String holdId = new SlotsApi(clients.booking()).holdSlot(slotId).getHoldId();
        return new AppointmentsApi(clients.booking())
                .bookAppointment(
                        new BookingRequest()
                                .slotId(slotId)
                                .holdId(holdId)
                                .consultationType(BookingRequest.ConsultationTypeEnum.NEW_CONSULTATION)
                                .conditionId(CONDITION)
                                .patient(new PatientDetails()
                                        .name(name)
                                        .email(GatewayClient.emailOf(name))
                                        .phone("+91 98765 43210")
                                        .dateOfBirth(LocalDate.of(1981, 2, 3)))
                                .imaging(List.of()),
                        UUID.randomUUID().toString());
    }
}
