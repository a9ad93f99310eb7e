package io.spinecare.booking.desk;

import io.spinecare.booking.audit.AuditLog;
import io.spinecare.booking.specialist.Availability;
import io.spinecare.booking.specialist.Specialist;
import io.spinecare.booking.specialist.WeeklyWindow;
import java.util.Map;
import java.util.stream.Collectors;

/** The audit record's before/after of a specialist: ids, codes and times, no names. */
final class SpecialistSummaries {

    private SpecialistSummaries() {}

    static Map<String, String> profile(Specialist specialist) {
        return AuditLog.state(
                "subSpecialty", specialist.subSpecialty(),
                "conditionIds", String.join(",", specialist.conditionIds()),
                "consultationTypes", specialist.consultationTypes(),
                "modes", specialist.modes(),
                "location", specialist.location());
    }

    static Map<String, String> availability(Availability availability) {
        return AuditLog.state(
                "zone", availability.zone(),
                "weekly",
                        availability.weekly().stream()
                                .map(SpecialistSummaries::window)
                                .collect(Collectors.joining("; ")),
                "exceptionIds",
                        availability.exceptions().stream().map(e -> e.id()).collect(Collectors.joining(",")));
    }

    /** For example {@code MONDAY 09:00-13:00 20+5 IN_PERSON}. */
    private static String window(WeeklyWindow w) {
        return w.day() + " " + w.start() + "-" + w.end() + " " + w.slotMinutes() + "+" + w.bufferMinutes() + " "
                + w.mode();
    }
}
