package io.spinecare.booking.slot;

import io.spinecare.booking.system.ClinicTime;
import io.spinecare.content.ConsultationType;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Public slot API: search free slots, hold one ($find and $hold). */
@RestController
class SlotController {

    private static final String ID = "^[A-Za-z0-9_-]{1,64}$";

    private final SlotBooking booking;
    private final SlotSearch search;
    private final ClinicTime time;

    SlotController(SlotBooking booking, SlotSearch search, ClinicTime time) {
        this.booking = booking;
        this.search = search;
        this.time = time;
    }

    @GetMapping("/api/slots")
    List<SlotView> find(
            @RequestParam(required = false) @Pattern(regexp = ID) String specialistId,
            @RequestParam(required = false) @Pattern(regexp = ID) String conditionId,
            @RequestParam(required = false) ConsultationType consultationType,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to) {
        return search.search(new SlotSearch.Criteria(
                specialistId,
                conditionId,
                consultationType,
                TimeParameters.startOf("from", from, time.zone()),
                TimeParameters.endOf("to", to, time.zone())));
    }

    @PostMapping("/api/slots/{slotId}/hold")
    @ResponseStatus(HttpStatus.CREATED)
    SlotBooking.HoldGranted hold(@PathVariable String slotId) {
        return booking.hold(slotId);
    }
}
