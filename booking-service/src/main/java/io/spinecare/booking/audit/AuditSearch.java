package io.spinecare.booking.audit;

import io.spinecare.booking.system.ClinicTime;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    /** Every filter is optional; {@code from} and {@code to} are clinic days, both inclusive. */
    record Filter(String staff, String action, String targetId, LocalDate from, LocalDate to) {}

    @Schema(name = "AuditPage", description = "One page of recorded staff actions, newest first.")
    record Page(List<AuditRecord> items, int page, int size, long total) {}

    Page find(Filter filter, int page, int size) {
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, AuditRecord.class);
        query.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        return new Page(mongo.find(query, AuditRecord.class), page, size, total);
    }

    private Criteria criteria(Filter filter) {
        Criteria criteria = new Criteria();
        if (filter.staff() != null) {
            criteria.and("staff").is(filter.staff());
        }
        if (filter.action() != null) {
            criteria.and("action").is(filter.action());
        }
        if (filter.targetId() != null) {
            criteria.and("targetId").is(filter.targetId());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(time.startOf(filter.from()));
            }
            if (filter.to() != null) {
                at.lt(time.startOf(filter.to().plusDays(1)));
            }
        }
        return criteria;
    }
}
