package io.spinecare.booking.fhir;

import io.spinecare.booking.slot.OpenSlots;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotStatus;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.Catalogue;
import io.spinecare.content.ConsultationType;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slot read and search (schedule, start, service-type, status). {@code status=free} (the default)
 * finds what a patient could book now, through the same search as /api/slots; other statuses list
 * every slot of at most {@link OpenSlots#MAX_DAYS} days.
 */
@Hidden // described in docs/fhir.md and by GET /fhir/r4/metadata, not in the OpenAPI document
@RestController
class SlotResourceController {

    private final OpenSlots openSlots;
    private final SlotBooking slots;
    private final Specialists specialists;
    private final Catalogue catalogue;
    private final FhirResources resources;
    private final FhirJson json;
    private final ClinicTime time;

    SlotResourceController(
            OpenSlots openSlots,
            SlotBooking slots,
            Specialists specialists,
            Catalogue catalogue,
            FhirResources resources,
            FhirJson json,
            ClinicTime time) {
        this.openSlots = openSlots;
        this.slots = slots;
        this.specialists = specialists;
        this.catalogue = catalogue;
        this.resources = resources;
        this.json = json;
        this.time = time;
    }

    @GetMapping(FhirConfiguration.BASE + "/Slot/{id}")
    ResponseEntity<String> read(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller.of(jwt).require("Slot", "read");
        SlotView slot = slots.find(id).orElseThrow(() -> FhirProblem.notFound("There is no slot '" + id + "'."));
        return json.ok(resources.slot(slot, fits(slot, byId())));
    }

    @GetMapping(FhirConfiguration.BASE + "/Slot")
    ResponseEntity<String> search(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String schedule,
            @RequestParam(name = "service-type", required = false) String serviceType,
            @RequestParam(required = false) String status,
            HttpServletRequest request) {
        Caller.of(jwt).require("Slot", "read");
        Searches.allowOnly(request, Set.of("schedule", "start", "service-type", "status"));
        String specialistId = schedule == null ? null : Searches.idOf(schedule, "Schedule", "schedule");
        ConsultationType type = serviceType == null ? null : consultationType(serviceType, "service-type");
        Searches.Period period = Searches.Period.of("start", request.getParameterValues("start"), time.zone());
        Set<SlotStatus> statuses = statuses(status);
        Map<String, Specialist> byId = byId();

        List<SlotView> found;
        if (statuses.equals(Set.of(SlotStatus.FREE))) {
            found = openSlots.free(specialistId, type, period.from(), period.to());
        } else {
            Instant from = period.from() == null ? time.now() : period.from();
            Instant to = period.to() == null ? from.plus(Duration.ofDays(14)) : period.to();
            if (Duration.between(from, to).toDays() > OpenSlots.MAX_DAYS) {
                throw FhirProblem.invalid("A search for slots in other statuses than free covers at most "
                        + OpenSlots.MAX_DAYS + " days: narrow 'start'.");
            }
            List<String> ids = specialistId == null ? List.copyOf(byId.keySet()) : List.of(specialistId);
            found = openSlots.all(time.dateOf(from), time.dateOf(to), ids).stream()
                    .filter(s ->
                            !s.startInstant().isBefore(from) && s.startInstant().isBefore(to))
                    .filter(s -> statuses.contains(s.status()))
                    .filter(s -> type == null || fits(s, byId).contains(type))
                    .limit(OpenSlots.maxResults())
                    .toList();
        }
        return json.ok(Searches.searchset(
                request,
                found.stream().map(s -> resources.slot(s, fits(s, byId))).toList()));
    }

    /** The consultation types this slot can take: offered by its specialist and short enough. */
    List<ConsultationType> fits(SlotView slot, Map<String, Specialist> byId) {
        Specialist specialist = byId.get(slot.specialistId());
        if (specialist == null) {
            return List.of();
        }
        return specialist.consultationTypes().stream()
                .filter(t -> catalogue.consultationType(t).durationMinutes() <= slot.minutes())
                .toList();
    }

    private Map<String, Specialist> byId() {
        return specialists.list(null).stream().collect(Collectors.toMap(Specialist::id, Function.identity()));
    }

    private static Set<SlotStatus> statuses(String status) {
        if (status == null) {
            return Set.of(SlotStatus.FREE);
        }
        return Arrays.stream(status.split(","))
                .map(code -> Arrays.stream(SlotStatus.values())
                        .filter(s -> s.code().equals(code.trim()))
                        .findFirst()
                        .orElseThrow(() -> FhirProblem.invalid("Unknown slot status '" + code
                                + "': use free, busy, busy-tentative or busy-unavailable.")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** {@code NEW_CONSULTATION} or {@code <system>|NEW_CONSULTATION}. */
    static ConsultationType consultationType(String token, String name) {
        String code = token.contains("|") ? token.substring(token.indexOf('|') + 1) : token;
        if (token.contains("|") && !token.startsWith(FhirCodes.CONSULTATION_TYPE + "|") && !token.startsWith("|")) {
            throw FhirProblem.invalid("'" + name + "' uses an unknown code system; use " + FhirCodes.CONSULTATION_TYPE);
        }
        return Arrays.stream(ConsultationType.values())
                .filter(t -> t.name().equals(code))
                .findFirst()
                .orElseThrow(() -> FhirProblem.invalid("Unknown consultation type '" + code + "' in '" + name
                        + "'; codes: " + Arrays.toString(ConsultationType.values()) + "."));
    }
}
