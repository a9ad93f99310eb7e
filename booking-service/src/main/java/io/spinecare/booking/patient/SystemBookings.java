package io.spinecare.booking.patient;

import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentSlots;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.appointment.AppointmentStore;
import io.spinecare.booking.appointment.AppointmentTransitions;
import io.spinecare.booking.appointment.CancellationReason;
import io.spinecare.booking.appointment.HistoryEntry;
import io.spinecare.booking.appointment.UrgentCare;
import io.spinecare.booking.failure.BookingFailure;
import io.spinecare.booking.repair.RepairJournal;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.content.BodyRegion;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.spinecare.content.Modality;
import io.spinecare.content.Necessity;
import io.spinecare.content.PrerequisiteStatus;
import io.spinecare.content.RedFlag;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Bookings made by another clinic system (the FHIR facade): the same booking, cancel and read paths
 * as a patient's, with the client id written as the actor of the BOOKED history line. A client
 * sees and changes only appointments whose BOOKED line names it; for anything else it gets the
 * answer an unknown id gets.
 */
@Service
public class SystemBookings {

    private static final String ACTOR_PREFIX = "client:";

    private final Bookings bookings;
    private final AppointmentStore store;
    private final AppointmentTransitions transitions;
    private final AppointmentSlots slots;
    private final RepairJournal journal;
    private final PatientSelfService selfService;
    private final Validator validator;
    private final Catalogue catalogue;
    private final io.spinecare.booking.system.ClinicTime time;

    SystemBookings(
            Bookings bookings,
            AppointmentStore store,
            AppointmentTransitions transitions,
            AppointmentSlots slots,
            RepairJournal journal,
            PatientSelfService selfService,
            Validator validator,
            Catalogue catalogue,
            io.spinecare.booking.system.ClinicTime time) {
        this.bookings = bookings;
        this.store = store;
        this.transitions = transitions;
        this.slots = slots;
        this.journal = journal;
        this.selfService = selfService;
        this.validator = validator;
        this.catalogue = catalogue;
        this.time = time;
    }

    /** What a client system asks to book; checked by the same rules as the patient's request. */
    public record Command(
            String slotId,
            String holdId,
            ConsultationType consultationType,
            String conditionId,
            Patient patient,
            List<PriorScan> imaging,
            Map<String, Boolean> redFlags) {}

    public record Patient(String name, String email, String phone, LocalDate dateOfBirth) {}

    public record PriorScan(Modality modality, BodyRegion region, LocalDate performedOn) {}

    /** A scan the clinic asks for, as assessed for the appointment. */
    public record RequiredScan(
            Modality modality,
            BodyRegion region,
            PrerequisiteStatus status,
            LocalDate dueBy,
            Necessity necessity,
            String description) {}

    /** An appointment as a client system may see it (no manage token, no token hash, no history). */
    public record Booked(
            String id,
            String reference,
            AppointmentStatus status,
            Instant start,
            Instant end,
            String zone,
            String slotId,
            String specialistId,
            String specialistName,
            String location,
            ConsultationMode mode,
            ConsultationType consultationType,
            String conditionId,
            Patient patient,
            List<PriorScan> imaging,
            List<RequiredScan> prerequisites,
            boolean urgentReview,
            List<RedFlag> redFlagsAnsweredYes,
            Instant createdAt) {}

    public Booked book(String clientId, Command command, String idempotencyKey) {
        // Keys are the client's own: another system reusing the same key books independently.
        String key = idempotencyKey == null ? null : clientId + ":" + idempotencyKey;
        return bookAs(actor(clientId), command, key);
    }

    /**
     * The same booking on behalf of another feature of this service (a waitlist offer the patient accepted), with
     * {@code actor} on the BOOKED line and {@code idempotencyKey} used as given.
     */
    public Booked bookAs(String actor, Command command, String idempotencyKey) {
        BookingRequest request = new BookingRequest(
                command.slotId(),
                command.holdId(),
                command.consultationType(),
                command.conditionId(),
                command.patient() == null
                        ? null
                        : new BookingRequest.PatientDetails(
                                command.patient().name(),
                                command.patient().email(),
                                command.patient().phone(),
                                command.patient().dateOfBirth()),
                command.imaging() == null
                        ? null
                        : command.imaging().stream()
                                .map(s -> new BookingRequest.ScanDetails(s.modality(), s.region(), s.performedOn()))
                                .toList(),
                command.redFlags());
        requireValid(request);
        AppointmentView view = bookings.book(request, idempotencyKey, actor);
        return store.find(view.heading().id()).map(this::booked).orElseThrow();
    }

    /** The client's appointment, or empty when it does not exist or another party booked it. */
    public Optional<Booked> find(String clientId, String appointmentId) {
        return store.find(appointmentId).filter(a -> ownedBy(a, clientId)).map(this::booked);
    }

    /** The client's appointments starting in [from, to), by start. */
    public List<Booked> list(String clientId, Instant from, Instant to, int limit) {
        return store.bookedBy(actor(clientId), from, to, limit).stream()
                .sorted(Comparator.comparing(Appointment::start))
                .map(this::booked)
                .toList();
    }

    /** Cancels the client's appointment under the patient's rules (active, before the late-cancel window). */
    public Booked cancel(String clientId, String appointmentId) {
        Appointment found =
                store.find(appointmentId).filter(a -> ownedBy(a, clientId)).orElseThrow(() -> notFound(appointmentId));
        selfService.requireChangeable(found);
        Appointment cancelled = journal.firstWrite(
                journal.note(found.id(), found.slotId()),
                () -> transitions.apply(found, current -> {
                    selfService.requireChangeable(current);
                    return current.cancel(time.now(), actor(clientId), "SYSTEM", CancellationReason.OTHER.name());
                }));
        slots.giveBack(cancelled.id(), cancelled.slotId(), null);
        return booked(cancelled);
    }

    public static BookingFailure notFound(String appointmentId) {
        return BookingFailure.notFound(
                "appointment-not-found", "No such appointment", "There is no appointment '" + appointmentId + "'.");
    }

    static String actor(String clientId) {
        return ACTOR_PREFIX + clientId;
    }

    /** Who booked it: the actor of its BOOKED history line. */
    private static boolean ownedBy(Appointment appointment, String clientId) {
        if (appointment.status() == AppointmentStatus.ENTERED_IN_ERROR) {
            return false;
        }
        return appointment.history().stream()
                .filter(line -> line.action() == HistoryEntry.Action.BOOKED)
                .findFirst()
                .map(line -> actor(clientId).equals(line.actor()))
                .orElse(false);
    }

    private void requireValid(BookingRequest request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            List<BookingFailure.FieldError> errors = violations.stream()
                    .map(v -> new BookingFailure.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(BookingFailure.FieldError::field))
                    .toList();
            throw BookingFailure.invalid(
                    "validation-failed",
                    "The request has invalid fields",
                    "Some fields are missing or invalid.",
                    errors);
        }
    }

    private Booked booked(Appointment a) {
        UrgentCare urgent = UrgentCare.forAnswers(a.redFlags(), catalogue);
        var p = a.patient();
        return new Booked(
                a.id(),
                a.reference(),
                a.status(),
                a.start(),
                a.end(),
                a.zone(),
                a.slotId(),
                a.specialist().id(),
                a.specialist().name(),
                a.location(),
                a.mode(),
                a.consultationType(),
                a.conditionId(),
                new Patient(p.name(), p.email(), p.phone(), p.dateOfBirth()),
                a.imaging().stream()
                        .map(s -> new PriorScan(s.modality(), s.region(), s.performedOn()))
                        .toList(),
                a.prerequisites().stream()
                        .map(r -> new RequiredScan(
                                r.modality(), r.region(), r.status(), r.dueBy(), r.necessity(), r.description()))
                        .toList(),
                a.urgentReview(),
                urgent == null ? List.of() : urgent.redFlags(),
                a.createdAt());
    }
}
