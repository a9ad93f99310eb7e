package io.spinecare.notification.message;

import io.spinecare.notification.message.AppointmentSnapshot.ScanPrerequisite;
import io.spinecare.notification.message.SeriesSnapshot.Visit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The variables the series templates see, each visit already worded (scans in content-core's words). */
final class SeriesModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private SeriesModel() {}

    static Map<String, Object> of(SeriesSnapshot series, String clinicName, String seriesLink) {
        Map<String, Object> model = new HashMap<>();
        model.put("clinic", clinicName);
        model.put(
                "greeting",
                series.patientName() == null || series.patientName().isBlank()
                        ? "Dear patient"
                        : "Dear " + series.patientName());
        model.put("seriesLink", seriesLink);
        model.put("surgeryDate", series.surgeryDate() == null ? null : DAY.format(series.surgeryDate()));
        model.put("visits", series.visits().stream().map(SeriesModel::line).toList());
        model.put("cancelled", "cancelled".equals(series.change()));
        model.put("confirmed", series.confirmed());
        Visit moved = series.visits().stream()
                .filter(v -> v.visitId().equals(series.changedVisitId()))
                .findFirst()
                .orElse(null);
        model.put("moved", moved == null ? null : line(moved));
        model.put("unresolved", series.visits().stream().anyMatch(v -> !v.planned()));
        return model;
    }

    private static VisitLine line(Visit v) {
        if (!v.planned()) {
            return new VisitLine(
                    v.name(), null, null, null, null, window(v.earliest(), v.latest()), scans(v.imaging()));
        }
        ZoneId zone = ZoneId.of(v.timeZone());
        return new VisitLine(
                v.name(),
                MessageModel.date(v.start(), zone),
                TIME.format(v.start().atZone(zone)) + "–" + TIME.format(v.end().atZone(zone)),
                MessageModel.zoneText(v.start(), zone),
                v.specialistName(),
                window(v.earliest(), v.latest()),
                scans(v.imaging()));
    }

    private static String window(LocalDate earliest, LocalDate latest) {
        return earliest == null || latest == null ? null : DAY.format(earliest) + " to " + DAY.format(latest);
    }

    private static List<String> scans(List<SeriesSnapshot.Scan> imaging) {
        return imaging.stream()
                .map(s -> ScanWording.describe(new ScanPrerequisite(
                        s.modality(), s.region(), "MISSING", null, s.takenWithinDays(), "MANDATORY")))
                .toList();
    }

    /** One visit as the e-mail lists it; {@code date} null: no slot yet, the clinic will offer one. */
    record VisitLine(
            String name, String date, String time, String zone, String specialist, String window, List<String> scans) {}
}
