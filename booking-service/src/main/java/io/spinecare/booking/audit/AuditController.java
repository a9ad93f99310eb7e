package io.spinecare.booking.audit;

import io.spinecare.servicestore.AuditFilter;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: who did what, when. Staff only, like everything under /api/desk. */
@RestController
class AuditController implements AuditApiDocs {

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/desk/audit")
    @Override
    public AuditSearch.Page find(
            @RequestParam(required = false) String staff,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.find(new AuditFilter(staff, action, targetId, from, to), page, size);
    }
}
