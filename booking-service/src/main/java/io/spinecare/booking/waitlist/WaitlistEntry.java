package io.spinecare.booking.waitlist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.spinecare.content.ConsultationType;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A patient who found no suitable slot and wants to hear when one frees up. Matching entries to
 * released slots (the {@code io.spinecare.slot.released.v1} event) is left to a later issue.
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
        @JsonIgnore String sameRequestKey) {

    record Contact(String name, String email, String phone) {}
}
