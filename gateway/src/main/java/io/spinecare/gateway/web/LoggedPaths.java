package io.spinecare.gateway.web;

import java.util.regex.Pattern;

/** Paths as they may appear in logs. */
final class LoggedPaths {

    /** The segment after /api/appointments/ is a patient's booking reference. */
    private static final Pattern APPOINTMENT_REFERENCE = Pattern.compile("^(/api/appointments/)[^/]+");

    private static final int MAX_LENGTH = 200;

    private LoggedPaths() {}

    static String mask(String path) {
        String masked = APPOINTMENT_REFERENCE.matcher(path).replaceFirst("$1***");
        return masked.length() > MAX_LENGTH ? masked.substring(0, MAX_LENGTH) + "..." : masked;
    }
}
