package io.spinecare.notification.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds appointment events as booking-service publishes them (docs/events.md), with sensible defaults: an
 * in-person consultation with Dr Anil Rao in Asia/Kolkata, three days from the test clock's now.
 */
public final class AppointmentEventBuilder {

    public static final String BOOKED = "io.spinecare.appointment.booked.v1";
    public static final String RESCHEDULED = "io.spinecare.appointment.rescheduled.v1";
    public static final String CANCELLED = "io.spinecare.appointment.cancelled.v1";
    public static final String VERIFIED = "io.spinecare.appointment.prerequisites-verified.v1";
    public static final String URGENT_REVIEW = "io.spinecare.appointment.urgent-review-requested.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String eventId = UUID.randomUUID().toString();
    private String type = BOOKED;
    private Instant time = MutableClock.shared().instant().truncatedTo(ChronoUnit.SECONDS);
    private String appointmentId = "apt-" + UUID.randomUUID();
    private String reference =
            "SC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private String status = "booked";
    private ZoneId zone = ZoneId.of("Asia/Kolkata");
    private Instant start =
            MutableClock.shared().instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(3));
    private Duration length = Duration.ofMinutes(30);
    private String location = "SpineCare Clinic, OPD 2";
    private String mode = "IN_PERSON";
    private final List<Map<String, Object>> prerequisites = new ArrayList<>();
    private String patientName = "Asha Verma";
    private String email = "asha." + UUID.randomUUID() + "@patients.test";
    private String phone =
            "+9198" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
    private List<String> channels = List.of("EMAIL");
    /* A .v2 event: no name, e-mail or phone in the body; booking-service gives them (ADR 0212). */
    private boolean thin;
    private int tokenGeneration = 1;
    private Map<String, Object> previous;
    private String cancelledBy;
    private Map<String, Object> triage;

    private AppointmentEventBuilder() {}

    public static AppointmentEventBuilder booking() {
        return new AppointmentEventBuilder();
    }

    public AppointmentEventBuilder startingAt(OffsetDateTime start) {
        this.start = start.toInstant();
        return this;
    }

    public AppointmentEventBuilder startingAt(Instant start) {
        this.start = start;
        return this;
    }

    public AppointmentEventBuilder lasting(Duration length) {
        this.length = length;
        return this;
    }

    public AppointmentEventBuilder inZone(String zone) {
        this.zone = ZoneId.of(zone);
        return this;
    }

    public AppointmentEventBuilder at(Instant eventTime) {
        this.time = eventTime;
        return this;
    }

    public AppointmentEventBuilder channels(String... channels) {
        this.channels = List.of(channels);
        return this;
    }

    public AppointmentEventBuilder byVideo() {
        this.mode = "VIDEO";
        return this;
    }

    public AppointmentEventBuilder missing(String modality, String region, int maxAgeDays, LocalDate dueBy) {
        this.status = "pending";
        prerequisites.add(Map.of(
                "modality",
                modality,
                "region",
                region,
                "status",
                "MISSING",
                "dueBy",
                dueBy.toString(),
                "maxAgeDays",
                maxAgeDays,
                "necessity",
                "MANDATORY"));
        return this;
    }

    /** The next event of the same appointment: a move to {@code newStart}, with a rotated token. */
    public AppointmentEventBuilder rescheduledTo(Instant newStart, Instant eventTime) {
        AppointmentEventBuilder next = copy(RESCHEDULED, eventTime);
        next.previous = Map.of(
                "start", offset(start),
                "end", offset(start.plus(length)),
                "specialistId", "dr-rao");
        next.start = newStart;
        next.tokenGeneration = tokenGeneration + 1;
        return next;
    }

    public AppointmentEventBuilder cancelled(String by, Instant eventTime) {
        AppointmentEventBuilder next = copy(CANCELLED, eventTime);
        next.status = "cancelled";
        next.cancelledBy = by;
        return next;
    }

    /** The urgent-review request that booking-service sends beside the booking of a red-flagged patient. */
    public AppointmentEventBuilder urgentReviewRequested(List<String> redFlagIds, Instant reviewBy) {
        AppointmentEventBuilder next = copy(URGENT_REVIEW, time);
        next.status = "pending";
        next.triage = Map.of("tier", "URGENT", "redFlagIds", redFlagIds, "reviewBy", offset(reviewBy));
        return next;
    }

    public AppointmentEventBuilder verified(Instant eventTime) {
        AppointmentEventBuilder next = copy(VERIFIED, eventTime);
        next.status = "booked";
        return next;
    }

    private AppointmentEventBuilder copy(String type, Instant eventTime) {
        AppointmentEventBuilder next = new AppointmentEventBuilder();
        next.type = type;
        next.time = eventTime;
        next.appointmentId = appointmentId;
        next.reference = reference;
        next.status = status;
        next.zone = zone;
        next.start = start;
        next.length = length;
        next.location = location;
        next.mode = mode;
        next.prerequisites.addAll(prerequisites);
        next.patientName = patientName;
        next.email = email;
        next.phone = phone;
        next.channels = channels;
        next.thin = thin;
        next.tokenGeneration = tokenGeneration;
        next.previous = previous;
        return next;
    }

    /** This event as booking-service writes it now: {@code .v2}, with the patient's channels only. */
    public AppointmentEventBuilder thin() {
        AppointmentEventBuilder next = copy(type, time);
        next.cancelledBy = cancelledBy;
        next.triage = triage;
        next.eventId = eventId;
        next.thin = true;
        return next;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schemaVersion", thin ? 2 : 1);
        body.put("appointmentId", appointmentId);
        body.put("reference", reference);
        body.put("status", status);
        body.put("start", offset(start));
        body.put("end", offset(start.plus(length)));
        body.put("timeZone", zone.getId());
        body.put(
                "specialist",
                Map.of("id", "dr-rao", "name", "Dr Anil Rao", "subSpecialty", "Endoscopic spine surgery"));
        body.put("location", location);
        body.put("mode", mode);
        body.put("consultationType", "NEW_CONSULTATION");
        body.put("conditionId", "herniated-disc");
        body.put("catalogueVersion", "a1b2c3d4e5f6");
        body.put("prerequisites", prerequisites);
        body.put(
                "patient",
                thin
                        ? Map.of("channels", channels)
                        : Map.of("name", patientName, "email", email, "phone", phone, "channels", channels));
        body.put("urgentReview", triage != null);
        body.put("tokenGeneration", tokenGeneration);
        if (previous != null) {
            body.put("previous", previous);
        }
        if (cancelledBy != null) {
            body.put("cancelledBy", cancelledBy);
        }
        if (triage != null) {
            body.put("triage", triage);
        }
        return body;
    }

    public byte[] bodyBytes() {
        return JSON.writeValueAsBytes(body());
    }

    private String offset(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime().toString();
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return thin ? type.replace(".v1", ".v2") : type;
    }

    public Instant time() {
        return time;
    }

    public String appointmentId() {
        return appointmentId;
    }

    public String reference() {
        return reference;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String patientName() {
        return patientName;
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return start.plus(length);
    }

    public int tokenGeneration() {
        return tokenGeneration;
    }
}
