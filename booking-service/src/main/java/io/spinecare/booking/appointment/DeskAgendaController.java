package io.spinecare.booking.appointment;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotView;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.Specialists;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: the day's slots, each with what is booked in it. */
@RestController
class DeskAgendaController {

    private final SlotBooking slots;
    private final Specialists specialists;

    DeskAgendaController(SlotBooking slots, Specialists specialists) {
        this.slots = slots;
        this.specialists = specialists;
    }

    record Agenda(LocalDate date, List<SlotView> slots) {}

    @GetMapping("/api/desk/agenda")
    Agenda agenda(
            @RequestParam LocalDate date,
            @RequestParam(required = false) @Pattern(regexp = "^[a-z0-9-]{1,64}$") String specialistId) {
        List<String> ids = specialistId != null
                ? List.of(specialistId)
                : specialists.list(null).stream().map(Specialist::id).toList();
        return new Agenda(date, slots.day(date, ids));
    }
}
