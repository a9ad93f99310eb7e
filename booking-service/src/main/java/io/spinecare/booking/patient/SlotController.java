package io.spinecare.booking.patient;

import io.spinecare.booking.slot.SlotBooking;
import io.spinecare.booking.slot.SlotSearch;
import io.spinecare.booking.system.ClinicTime;
import io.spinecare.booking.web.ClientAddress;
import io.spinecare.content.ConsultationType;
import jakarta.servlet.http.HttpServletRequest;
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
class SlotController implements SlotApiDocs {

    private final SlotBooking booking;
    private final SlotSearch search;
    private final ClinicTime time;
    private final HoldQuota quota;
    private final BookingMeters meters;

    SlotController(SlotBooking booking, SlotSearch search, ClinicTime time, HoldQuota quota, BookingMeters meters) {
        this.booking = booking;
        this.quota = quota;
        this.meters = meters;
        this.search = search;
        this.time = time;
    }

    @GetMapping("/api/slots")
    @Override
    public List<OpenSlotView> find(
            @RequestParam(required = false) String specialistId,
            @RequestParam(required = false) String conditionId,
            @RequestParam(required = false) ConsultationType consultationType,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return search
                .search(new SlotSearch.Criteria(
                        specialistId,
                        conditionId,
                        consultationType,
                        TimeParameters.startOf("from", from, time.zone()),
                        TimeParameters.endOf("to", to, time.zone())))
                .stream()
                .map(OpenSlotView::of)
                .toList();
    }

    @PostMapping("/api/slots/{slotId}/hold")
    @ResponseStatus(HttpStatus.CREATED)
    @Override
    public SlotBooking.HoldGranted hold(@PathVariable String slotId, HttpServletRequest request) {
        return meters.hold(() -> quota.hold(ClientAddress.of(request), () -> booking.hold(slotId)));
    }
}
