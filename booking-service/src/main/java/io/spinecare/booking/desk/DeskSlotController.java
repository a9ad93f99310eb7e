package io.spinecare.booking.desk;

import io.spinecare.booking.audit.AuditLog;
import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotGeneration;
import io.spinecare.booking.slot.SlotView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: generate slots from availability, block and release single slots. */
@RestController
class DeskSlotController implements DeskSlotApiDocs {

    private final SlotGeneration generation;
    private final SlotBooking booking;
    private final AuditLog audit;

    DeskSlotController(SlotGeneration generation, SlotBooking booking, AuditLog audit) {
        this.generation = generation;
        this.booking = booking;
        this.audit = audit;
    }

    record GenerateRequest(
            @NotBlank @Size(max = 64) String specialistId, @NotNull LocalDate from, @NotNull LocalDate to) {}

    record BlockRequest(@Size(max = 200) String reason) {}

    @PostMapping("/api/desk/slots/generate")
    @Override
    public SlotGeneration.Result generate(@RequestBody GenerateRequest request) {
        SlotGeneration.Result result = generation.generate(request.specialistId(), request.from(), request.to());
        if (result.created() + result.removed() == 0) {
            return result; // generating again changed nothing: nothing to record
        }
        audit.record(
                "slot.generate",
                "specialist",
                result.specialistId(),
                AuditLog.state(),
                AuditLog.state(
                        "from", result.from(),
                        "to", result.to(),
                        "created", result.created(),
                        "removed", result.removed(),
                        "keptBusy", result.keptBusy()));
        return result;
    }

    @PostMapping("/api/desk/slots/{slotId}/block")
    @Override
    public SlotView block(@PathVariable String slotId, @RequestBody(required = false) BlockRequest request) {
        Map<String, String> before = statusOf(slotId);
        SlotView blocked = booking.block(slotId, request == null ? null : request.reason());
        audit.record(
                "slot.block",
                "slot",
                slotId,
                before,
                AuditLog.state("status", blocked.status().code()));
        return blocked;
    }

    @PostMapping("/api/desk/slots/{slotId}/release")
    @Override
    public SlotView release(@PathVariable String slotId) {
        Map<String, String> before = statusOf(slotId);
        SlotView released = booking.unblock(slotId);
        audit.record(
                "slot.release",
                "slot",
                slotId,
                before,
                AuditLog.state("status", released.status().code()));
        return released;
    }

    /** Read just before the change; the change itself only succeeds from free or blocked, so this is close enough. */
    private Map<String, String> statusOf(String slotId) {
        return AuditLog.state(
                "status", booking.find(slotId).map(v -> v.status().code()).orElse(null));
    }
}
