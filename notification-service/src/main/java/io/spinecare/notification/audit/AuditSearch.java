package io.spinecare.notification.audit;

import io.spinecare.servicestore.AuditFilter;
import io.spinecare.servicestore.AuditQuery;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads the record of staff reads, newest first, a page at a time; the same query as booking-service's audit. */
@Service
class AuditSearch {

    private final MongoTemplate mongo;
    private final AuditProperties settings;

    AuditSearch(MongoTemplate mongo, AuditProperties settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @Schema(name = "AuditPage", description = "One page of recorded staff reads, newest first.")
    record Page(List<AuditRecord> items, int page, int size, long total) {}

    Page find(AuditFilter filter, int page, int size) {
        AuditQuery.Found<AuditRecord> found =
                AuditQuery.page(mongo, AuditRecord.class, filter, settings.zone(), page, size);
        return new Page(found.items(), page, size, found.total());
    }
}
