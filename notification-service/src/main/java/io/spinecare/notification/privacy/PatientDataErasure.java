package io.spinecare.notification.privacy;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Follows {@code io.spinecare.patient.erased.v1} (ADR 0212): the appointment's messages still waiting are
 * withdrawn, every delivery of it loses its address, the patient's name and any provider error text, and
 * its timeline goes. The delivery documents themselves stay as bare ids, so a redelivered old event still
 * finds its message claimed and sends nothing (ADR 0300). Idempotent.
 */
@Component
public class PatientDataErasure {

    public static final String TYPE = "io.spinecare.patient.erased.v1";
    static final String DELIVERIES = "deliveries";
    static final String TIMELINES = "appointment_timelines";

    private static final Logger log = LoggerFactory.getLogger(PatientDataErasure.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    PatientDataErasure(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void erase(String appointmentId) {
        long withdrawn = mongo.updateMulti(
                        Query.query(where("appointmentId")
                                .is(appointmentId)
                                .and("status")
                                .in("SCHEDULED", "RETRY_PENDING")),
                        new Update()
                                .set("status", "WITHDRAWN")
                                .set("finishedAt", clock.instant())
                                .set("outcomePublished", true),
                        DELIVERIES)
                .getModifiedCount();
        long scrubbed = mongo.updateMulti(Query.query(where("appointmentId").is(appointmentId)), scrub(), DELIVERIES)
                .getModifiedCount();
        mongo.remove(Query.query(where("_id").is(appointmentId)), TIMELINES);
        log.info(
                "Erased the patient of appointment {}: {} messages withdrawn, {} deliveries scrubbed",
                appointmentId,
                withdrawn,
                scrubbed);
    }

    /** What makes a delivery anonymous: no address, no name, no provider text (which may quote the address). */
    static Update scrub() {
        return new Update().unset("recipient").unset("appointment.patientName").unset("lastError");
    }
}
