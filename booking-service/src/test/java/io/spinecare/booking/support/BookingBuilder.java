package io.spinecare.booking.support;

import static io.spinecare.booking.support.Api.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A booking request as a patient's browser would send it; valid unless a test says otherwise. */
public final class BookingBuilder {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> patient = map(
            "name", "Asha Verma", "email", "asha@example.org", "phone", "+91 98765 43210", "dateOfBirth", "1978-04-12");
    private final List<Map<String, Object>> imaging = new ArrayList<>();

    private BookingBuilder(String slotId) {
        body.put("slotId", slotId);
        body.put("consultationType", "NEW_CONSULTATION");
        body.put("conditionId", "herniated-disc");
        body.put("patient", patient);
        body.put("imaging", imaging);
    }

    public static BookingBuilder booking(String slotId) {
        return new BookingBuilder(slotId);
    }

    /** A lumbar MRI three months old: meets the policy for a herniated disc. */
    public BookingBuilder withRecentLumbarMri() {
        return withScan("MRI", "LUMBAR", "2030-03-01");
    }

    public BookingBuilder withScan(String modality, String region, String performedOn) {
        imaging.add(map("modality", modality, "region", region, "performedOn", performedOn));
        return this;
    }

    public BookingBuilder hold(String holdId) {
        body.put("holdId", holdId);
        return this;
    }

    public BookingBuilder type(String consultationType) {
        body.put("consultationType", consultationType);
        return this;
    }

    public BookingBuilder condition(String conditionId) {
        body.put("conditionId", conditionId);
        return this;
    }

    public BookingBuilder patientName(String name) {
        patient.put("name", name);
        return this;
    }

    public BookingBuilder redFlag(String id, boolean answer) {
        @SuppressWarnings("unchecked")
        Map<String, Object> flags = (Map<String, Object>) body.computeIfAbsent("redFlags", k -> new LinkedHashMap<>());
        flags.put(id, answer);
        return this;
    }

    public BookingBuilder set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public BookingBuilder setPatient(String field, Object value) {
        patient.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
