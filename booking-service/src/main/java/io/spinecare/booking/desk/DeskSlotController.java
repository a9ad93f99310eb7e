package io.spinecare.booking.desk;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotGeneration;
import io.spinecare.booking.slot.SlotView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: generate slots from availability, block and release single slots. */
@RestController
class DeskSlotController implements DeskSlotApiDocs {

    private final SlotGeneration generation;
    private final SlotBooking booking;

    DeskSlotController(SlotGeneration generation, SlotBooking booking) {
        this.generation = generation;
        this.booking = booking;
    }

    record GenerateRequest(
            @NotBlank @Size(max = 64) String specialistId, @NotNull LocalDate from, @NotNull LocalDate to) {}

    record BlockRequest(@Size(max = 200) String reason) {}

    @PostMapping("/api/desk/slots/generate")
    @Override
    public SlotGeneration.Result generate(@RequestBody GenerateRequest request) {
        return generation.generate(request.specialistId(), request.from(), request.to());
    }

    @PostMapping("/api/desk/slots/{slotId}/block")
    @Override
    public SlotView block(@PathVariable String slotId, @RequestBody(required = false) BlockRequest request) {
        return booking.block(slotId, request == null ? null : request.reason());
    }

    @PostMapping("/api/desk/slots/{slotId}/release")
    @Override
    public SlotView release(@PathVariable String slotId) {
        return booking.unblock(slotId);
    }
}
