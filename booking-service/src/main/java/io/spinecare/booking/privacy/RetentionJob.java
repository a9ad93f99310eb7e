package io.spinecare.booking.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinecare.booking.appointment.Appointment;
import io.spinecare.booking.appointment.AppointmentStatus;
import io.spinecare.booking.series.SeriesErasure;
import io.spinecare.booking.waitlist.WaitlistPersonalData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases the patient of appointments that are over (cancelled, completed, missed, voided) and ended longer ago
 * than {@code spinecare.privacy.retention.appointments}, one bounded batch per run, the same way a staff
 * erasure does (ADR 0212); likewise follow-up series whose every visit window closed longer ago than that.
 * It removes waitlist entries that left the list longer ago than {@code spinecare.privacy.retention.waitlist},
 * with their offers. Metrics: {@code spinecare.retention.appointments.erased}, {@code
 * spinecare.retention.series.erased}, {@code spinecare.retention.waitlist.removed} and {@code
 * spinecare.retention.runs}. Idempotency keys expire on their own schedule (IdempotencyKeys).
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    /** Voided appointments are over too: a visit taken back with its series' confirmation keeps the patient. */
    private static final List<AppointmentStatus> OVER = List.of(
            AppointmentStatus.CANCELLED,
            AppointmentStatus.FULFILLED,
            AppointmentStatus.NOSHOW,
            AppointmentStatus.ENTERED_IN_ERROR);

    private final MongoTemplate mongo;
    private final PatientErasures erasures;
    private final WaitlistPersonalData waitlist;
    private final PrivacyProperties.Retention settings;
    private final Clock clock;
    private final SeriesErasure series;
    private final Counter erased;
    private final Counter waitlistRemoved;
    private final Counter seriesErased;
    private final Counter runs;

    RetentionJob(
            MongoTemplate mongo,
            PatientErasures erasures,
            WaitlistPersonalData waitlist,
            SeriesErasure series,
            PrivacyProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.erasures = erasures;
        this.waitlist = waitlist;
        this.series = series;
        this.settings = properties.retention();
        this.clock = clock;
        this.erased = Counter.builder("spinecare.retention.appointments.erased")
                .description("Appointments whose patient data the retention job erased")
                .register(meters);
        this.waitlistRemoved = Counter.builder("spinecare.retention.waitlist.removed")
                .description("Closed waitlist entries the retention job removed, with their offers")
                .register(meters);
        this.seriesErased = Counter.builder("spinecare.retention.series.erased")
                .description("Follow-up series whose patient data the retention job erased")
                .register(meters);
        this.runs = Counter.builder("spinecare.retention.runs")
                .description("Runs of the retention job")
                .register(meters);
    }

    @Scheduled(
            initialDelayString = "${spinecare.privacy.retention.every:1h}",
            fixedDelayString = "${spinecare.privacy.retention.every:1h}")
    void scheduledRun() {
        if (settings.enabled()) {
            runOnce();
            removeClosedWaitlistEntries();
            closedSeriesOnce();
        }
    }

    /** One batch: how many appointments it erased (fewer than the batch size means none are left). */
    int runOnce() {
        Instant cutoff = clock.instant().minus(settings.appointments());
        Query due = Query.query(Criteria.where("status")
                        .in(OVER)
                        .and("end")
                        .lte(cutoff)
                        .and("patient.email")
                        .exists(true))
                .limit(settings.batchSize());
        int count = 0;
        for (Appointment appointment : mongo.find(due, Appointment.class)) {
            count += erasures.eraseForRetention(appointment).appointmentsErased();
        }
        runs.increment();
        erased.increment(count);
        if (count > 0) {
            log.info("Retention erased the patient data of {} appointments that ended before {}", count, cutoff);
        }
        return count;
    }

    /** One batch of waitlist entries that left the list before the waitlist period, removed with their offers. */
    WaitlistPersonalData.Removed removeClosedWaitlistEntries() {
        Instant cutoff = clock.instant().minus(settings.waitlist());
        WaitlistPersonalData.Removed removed = waitlist.removeClosedBefore(cutoff, settings.batchSize());
        waitlistRemoved.increment(removed.entries());
        if (removed.entries() > 0) {
            log.info(
                    "Retention removed {} waitlist entries and {} offers closed before {}",
                    removed.entries(),
                    removed.offers(),
                    cutoff);
        }
        return removed;
    }

    /** One batch of series whose last visit window closed longer ago than the period: how many it erased. */
    int closedSeriesOnce() {
        Instant cutoff = clock.instant().minus(settings.appointments());
        int count = series.eraseClosedBefore(LocalDate.ofInstant(cutoff, ZoneOffset.UTC), settings.batchSize());
        seriesErased.increment(count);
        if (count > 0) {
            log.info("Retention erased the patient data of {} follow-up series closed before {}", count, cutoff);
        }
        return count;
    }
}
