package io.spinecare.booking.desk;

import io.spinecare.booking.audit.AuditLog;
import io.spinecare.booking.specialist.Availability;
import io.spinecare.booking.specialist.AvailabilityException;
import io.spinecare.booking.specialist.AvailabilityRequest;
import io.spinecare.booking.specialist.ConsultationMode;
import io.spinecare.booking.specialist.ExceptionRequest;
import io.spinecare.booking.specialist.Ids;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.SpecialistRequest;
import io.spinecare.booking.specialist.SpecialistValidation;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.specialist.WeeklyWindow;
import io.spinecare.booking.system.BookingProperties;
import io.spinecare.booking.system.ClinicTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: the specialists, their weekly availability and its exceptions. */
@RestController
@RequestMapping("/api/desk/specialists")
class DeskSpecialistController implements DeskSpecialistApiDocs {

    private final Specialists specialists;
    private final SpecialistValidation validation;
    private final ClinicTime time;
    private final BookingProperties settings;
    private final AuditLog audit;

    DeskSpecialistController(
            Specialists specialists,
            SpecialistValidation validation,
            ClinicTime time,
            BookingProperties settings,
            AuditLog audit) {
        this.specialists = specialists;
        this.validation = validation;
        this.time = time;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping
    @Override
    public List<Specialist> list() {
        return specialists.list(null);
    }

    @GetMapping("/{id}")
    @Override
    public Specialist get(@PathVariable String id) {
        return specialists.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Override
    public Specialist create(@RequestBody SpecialistRequest request) {
        validation.check(request);
        String id = request.id() != null ? request.id() : Ids.slugOf(request.name());
        Specialist created = specialists.create(
                toSpecialist(id, request, Availability.none(time.zone().getId())));
        audit.record(
                "specialist.create",
                "specialist",
                created.id(),
                AuditLog.state(),
                SpecialistSummaries.profile(created));
        return created;
    }

    @PutMapping("/{id}")
    @Override
    public Specialist update(@PathVariable String id, @RequestBody SpecialistRequest request) {
        validation.check(request);
        Specialist current = specialists.get(id);
        Specialist replaced = specialists.replace(toSpecialist(id, request, current.availability()));
        audit.record(
                "specialist.edit",
                "specialist",
                id,
                SpecialistSummaries.profile(current),
                SpecialistSummaries.profile(replaced));
        return replaced;
    }

    @PutMapping("/{id}/availability")
    @Override
    public Specialist replaceWeekly(@PathVariable String id, @RequestBody AvailabilityRequest request) {
        String zone = request.zone() != null ? request.zone() : time.zone().getId();
        List<WeeklyWindow> weekly = request.weekly().stream()
                .map(w -> new WeeklyWindow(
                        w.day(),
                        w.start(),
                        w.end(),
                        w.slotMinutes() != null
                                ? w.slotMinutes()
                                : settings.slots().defaultMinutes(),
                        w.bufferMinutes() != null
                                ? w.bufferMinutes()
                                : settings.slots().bufferMinutes(),
                        w.mode() != null ? w.mode() : ConsultationMode.IN_PERSON))
                .toList();
        return changeAvailability(
                "specialist.availability", id, current -> new Availability(zone, weekly, current.exceptions()));
    }

    @PostMapping("/{id}/exceptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Override
    public Specialist addException(@PathVariable String id, @RequestBody ExceptionRequest request) {
        AvailabilityException exception = new AvailabilityException(
                UUID.randomUUID().toString(),
                request.from(),
                request.to(),
                request.start(),
                request.end(),
                request.reason(),
                request.note());
        return changeAvailability("specialist.exception-add", id, current -> {
            List<AvailabilityException> exceptions = new ArrayList<>(current.exceptions());
            exceptions.add(exception);
            return new Availability(current.zone(), current.weekly(), exceptions);
        });
    }

    @DeleteMapping("/{id}/exceptions/{exceptionId}")
    @Override
    public Specialist removeException(@PathVariable String id, @PathVariable String exceptionId) {
        return changeAvailability(
                "specialist.exception-remove",
                id,
                current -> new Availability(
                        current.zone(),
                        current.weekly(),
                        current.exceptions().stream()
                                .filter(e -> !e.id().equals(exceptionId))
                                .toList()));
    }

    /** Changes the availability and records it; the state before is the one the change was applied to. */
    private Specialist changeAvailability(String action, String id, UnaryOperator<Availability> change) {
        AtomicReference<Availability> before = new AtomicReference<>();
        Specialist changed = specialists.changeAvailability(id, current -> {
            before.set(current);
            return change.apply(current);
        });
        audit.record(
                action,
                "specialist",
                id,
                SpecialistSummaries.availability(before.get()),
                SpecialistSummaries.availability(changed.availability()));
        return changed;
    }

    private Specialist toSpecialist(String id, SpecialistRequest request, Availability availability) {
        return new Specialist(
                id,
                request.name(),
                request.subSpecialty(),
                request.conditionIds(),
                request.consultationTypes(),
                request.modes(),
                request.location() != null
                        ? request.location()
                        : settings.clinic().defaultLocation(),
                availability,
                time.now());
    }
}
