package io.spinecare.notification.audit;

import io.spinecare.notification.web.InvalidParameterException;
import io.spinecare.servicestore.AuditFilter;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Front desk: who read which patient's delivery log, and when. Under {@code /api/desk/notifications/}, so the gateway's
 * notification desk route carries it and booking-service keeps {@code /api/desk/audit} (ADR 0230).
 */
@RestController
class AuditController implements AuditApiDocs {

    private static final Pattern ACTION = Pattern.compile("^[a-z]+(\\.[a-z-]+){1,3}$");

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping("/api/desk/notifications/audit")
    @Override
    public AuditSearch.Page find(
            @RequestParam(required = false) String staff,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String targetId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        require(staff == null || staff.length() <= 100, "staff", "must be at most 100 characters");
        require(
                action == null
                        || action.length() <= 64 && ACTION.matcher(action).matches(),
                "action",
                "must read <target>.<verb>");
        require(targetId == null || targetId.length() <= 128, "targetId", "must be at most 128 characters");
        require(page >= 0 && page <= 10_000, "page", "must be from 0 to 10000");
        require(size >= 1 && size <= 200, "size", "must be from 1 to 200");
        return search.find(new AuditFilter(staff, action, targetId, from, to), page, size);
    }

    private static void require(boolean valid, String parameter, String message) {
        if (!valid) {
            throw new InvalidParameterException(parameter, message);
        }
    }
}
