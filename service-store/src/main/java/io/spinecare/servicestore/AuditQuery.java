package io.spinecare.servicestore;

import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads one page of an audit record, newest first. Each service keeps its own record type, and with it its own
 * OpenAPI schema; the fields filtered on ({@code staff}, {@code action}, {@code targetId}, {@code at}) are the same.
 */
public final class AuditQuery {

    /** One page's records and how many match in all. */
    public record Found<T>(List<T> items, long total) {}

    private AuditQuery() {}

    public static <T> Found<T> page(
            MongoOperations mongo, Class<T> record, AuditFilter filter, ZoneId clinicZone, int page, int size) {
        Query query = new Query(criteria(filter, clinicZone));
        long total = mongo.count(query, record);
        query.with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        return new Found<>(mongo.find(query, record), total);
    }

    static Criteria criteria(AuditFilter filter, ZoneId clinicZone) {
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
                at.gte(filter.from().atStartOfDay(clinicZone).toInstant());
            }
            if (filter.to() != null) {
                at.lt(filter.to().plusDays(1).atStartOfDay(clinicZone).toInstant());
            }
        }
        return criteria;
    }
}
