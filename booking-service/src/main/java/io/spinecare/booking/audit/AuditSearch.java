package io.spinecare.booking.audit;

import io.spinecare.booking.system.ClinicTime;
import io.spinecare.servicestore.AuditFilter;
import io.spinecare.servicestore.AuditQuery;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads the staff actions' record, newest first, a page at a time. */
@Service
class AuditSearch {

    private final MongoTemplate mongo;
    private final ClinicTime time;

    AuditSearch(MongoTemplate mongo, ClinicTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    @Schema(name = "AuditPage", description = "One page of recorded staff actions, newest first.")
    record Page(List<AuditRecord> items, int page, int size, long total) {}

    Page find(AuditFilter filter, int page, int size) {
        AuditQuery.Found<AuditRecord> found =
                AuditQuery.page(mongo, AuditRecord.class, filter, time.zone(), page, size);
        return new Page(found.items(), page, size, found.total());
    }
}
