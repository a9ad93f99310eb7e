package io.spinecare.booking.repair;

import static io.spinecare.booking.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.spinecare.booking.support.Api;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A follow-up series in the model is booked all or none (ADR 0226): while proposed (and no confirmation is
 * under way) none of its visits has a live appointment; once confirmed every visit has its appointment.
 */
final class SeriesInvariants {

    private SeriesInvariants() {}

    /** The series' patient, by a name of this run alone: the visits' appointments copy it. */
    static String patientOf(long seed) {
        StringBuilder name = new StringBuilder("Ravi ");
        for (char digit : Long.toString(Math.abs(seed)).toCharArray()) {
            name.append((char) ('a' + digit - '0'));
        }
        return name.toString();
    }

    /** The crash points, with the one inside a series confirmation. */
    static List<String> withSeries(List<String> points) {
        List<String> all = new java.util.ArrayList<>(points);
        all.add(CrashPoints.AFTER_SERIES_VISIT_WRITTEN);
        return all;
    }

    static void check(MongoTemplate mongo, String seriesId, String patientName) {
        Document series = mongo.getCollection("followup-series")
                .find(new Document("_id", seriesId))
                .first();
        assertThat(series).as("series %s", seriesId).isNotNull();
        String status = series.getString("status");
        List<Document> liveFollowUps = mongo.getCollection("appointments")
                .find(new Document("consultationType", "POST_OPERATIVE")
                        .append("patient.name", patientName)
                        .append("status", new Document("$nin", List.of("CANCELLED", "ENTERED_IN_ERROR"))))
                .into(new java.util.ArrayList<>());
        if (status.equals("PROPOSED") && series.get("confirming") == null) {
            assertThat(liveFollowUps)
                    .as("live visits of proposed series %s: half-booked", seriesId)
                    .isEmpty();
        }
        if (status.equals("CONFIRMED")) {
            for (Document visit : series.getList("visits", Document.class)) {
                String appointmentId = visit.getString("appointmentId");
                assertThat(appointmentId)
                        .as("visit %s of confirmed series %s", visit.getString("visitId"), seriesId)
                        .isNotNull();
                Document appointment = mongo.getCollection("appointments")
                        .find(new Document("_id", appointmentId))
                        .first();
                assertThat(appointment)
                        .as("appointment of visit %s", visit.getString("visitId"))
                        .isNotNull();
                assertThat(appointment.getString("status")).isNotEqualTo("ENTERED_IN_ERROR");
            }
        }
    }

    /** The model's specialist also sees post-operative visits, so the series competes for its slots. */
    static void offerPostOperative(Api desk, String specialistId) {
        Api.Reply updated = desk.put(
                "/api/desk/specialists/" + specialistId,
                map(
                        "name",
                        "Dr " + specialistId,
                        "subSpecialty",
                        "Endoscopic spine surgery",
                        "conditionIds",
                        List.of("herniated-disc", "sciatica", "spinal-stenosis"),
                        "consultationTypes",
                        List.of("NEW_CONSULTATION", "SECOND_OPINION", "FOLLOW_UP", "POST_OPERATIVE"),
                        "modes",
                        List.of("IN_PERSON", "VIDEO"),
                        "location",
                        "SpineCare Clinic, OPD 2"));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    }
}
