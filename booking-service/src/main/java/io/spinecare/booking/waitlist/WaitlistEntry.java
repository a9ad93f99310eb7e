package io.spinecare.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient who found no suitable slot and wants to hear when one frees up. While {@code WAITING} the
 * WaitlistMatcher offers it matching free slots, longest-waiting entry first (ADR 0222).
 */
@Document("waitlist")
record WaitlistEntry(
        @Id String id,
        String conditionId,
        ConsultationType consultationType,
        String specialistId,
        LocalDate earliest,
        LocalDate latest,
        Contact patient,
        Instant createdAt,
        /* The same request again, by the same contact, finds this entry (WaitlistKeys, ADR 0221). */
        @JsonIgnore String sameRequestKey,
        EntryState state,
        Instant closedAt) {

    record Contact(String name, String email, String phone, LocalDate dateOfBirth) {}

    /** Whether a free slot is one this entry waits for: the date window in the clinic's calendar. */
    boolean wantsDay(LocalDate day) {
        return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
    }

    /** The key that allows one open offer per patient: the e-mail address, case ignored. */
    String patientKey() {
        return patient.email().strip().toLowerCase(java.util.Locale.ROOT);
    }
}
