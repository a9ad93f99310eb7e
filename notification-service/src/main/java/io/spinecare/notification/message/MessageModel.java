package io.spinecare.notification.message;

import io.spinecare.notification.message.AppointmentSnapshot.ScanPrerequisite;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The variables every template sees, worded in the clinic's zone: no template does date arithmetic. */
final class MessageModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private MessageModel() {}

    static Map<String, Object> of(MessageRequest request, String clinicName, String manageLink) {
        AppointmentSnapshot a = request.appointment();
        ZoneId zone = ZoneId.of(a.timeZone());
        Map<String, Object> model = new HashMap<>();
        model.put("clinic", clinicName);
        model.put(
                "greeting",
                a.patientName() == null || a.patientName().isBlank() ? "Dear patient" : "Dear " + a.patientName());
        model.put("reference", a.reference());
        model.put("date", date(a.start(), zone));
        model.put(
                "time",
                TIME.format(a.start().atZone(zone)) + "–" + TIME.format(a.end().atZone(zone)));
        model.put("zone", zoneText(a.start(), zone));
        model.put("specialist", a.specialistName());
        model.put("subSpecialty", a.specialistSubSpecialty());
        model.put("location", a.location());
        model.put("video", a.video());
        model.put("pending", !a.outstanding().isEmpty());
        model.put("manageLink", manageLink);
        model.put("scans", scans(a.outstanding()));
        model.put("cancelledByClinic", "STAFF".equals(a.cancelledBy()));
        model.put(
                "previous",
                a.previousStart() == null
                        ? null
                        : date(a.previousStart(), zone) + ", "
                                + TIME.format(a.previousStart().atZone(zone)));
        model.put("lead", request.reminderOffset() == null ? null : lead(request.reminderOffset()));
        // every kind renders with any snapshot: a triage alert without triage details still reads sensibly
        model.put(
                "triage",
                triage(
                        a.triage() == null
                                ? new AppointmentSnapshot.Triage(null, "URGENT", List.of(), null)
                                : a.triage(),
                        zone));
        return model;
    }

    /** What the clinic's triage mailbox needs: the condition, the questions answered yes, the deadline. */
    private static TriageLines triage(AppointmentSnapshot.Triage t, ZoneId zone) {
        return new TriageLines(
                RedFlagWording.condition(t.conditionId()),
                t.tier(),
                RedFlagWording.questions(t.redFlagIds()),
                t.reviewBy() == null
                        ? "as soon as possible"
                        : date(t.reviewBy(), zone) + ", "
                                + TIME.format(t.reviewBy().atZone(zone)));
    }

    /** The triage part of an alert, already worded. */
    record TriageLines(String condition, String tier, List<String> questions, String reviewBy) {}

    static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** "Asia/Kolkata, UTC+05:30" — the offset of that day, so daylight saving is stated correctly. */
    static String zoneText(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        String offset =
                at.getOffset().getTotalSeconds() == 0 ? "" : at.getOffset().getId();
        return zone.getId() + ", UTC" + offset;
    }

    private static List<ScanLine> scans(List<ScanPrerequisite> outstanding) {
        return outstanding.stream()
                .map(s -> new ScanLine(
                        ScanWording.describe(s),
                        dueBy(s.dueBy()),
                        !"RECOMMENDED".equals(s.necessity()),
                        "TOO_OLD".equals(s.status())))
                .toList();
    }

    private static String dueBy(String dueBy) {
        if (dueBy == null) {
            return null;
        }
        try {
            return DATE.format(LocalDate.parse(dueBy));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String lead(Duration offset) {
        if (offset.toHours() >= 24 && offset.toHours() % 24 == 0) {
            long days = offset.toDays();
            return days == 1 ? "tomorrow" : "in " + days + " days";
        }
        if (offset.toMinutes() % 60 == 0) {
            long hours = offset.toHours();
            return "in " + hours + (hours == 1 ? " hour" : " hours");
        }
        return "in " + offset.toMinutes() + " minutes";
    }

    /** One scan the patient must bring: its wording, the due date, and whether it is a must. */
    record ScanLine(String description, String dueBy, boolean mandatory, boolean tooOld) {}
}
