package io.spinecare.notification.message;

import io.spinecare.notification.message.AppointmentSnapshot.ScanPrerequisite;
import java.util.Locale;

/**
 * The one place that words a scan prerequisite ("lumbar MRI, not older than 12 months"). The wording
 * belongs to content-core; this class is the switch-over point to its ImagingRequirement.describe().
 */
final class ScanWording {

    private ScanWording() {}

    static String describe(ScanPrerequisite scan) {
        String region = scan.region() == null ? "spine" : regionWords(scan.region());
        String text = region + " " + modalityWords(scan.modality());
        if (scan.maxAgeDays() != null && scan.maxAgeDays() > 0) {
            text += ", not older than " + age(scan.maxAgeDays());
        }
        return text;
    }

    private static String modalityWords(String modality) {
        return switch (modality) {
            case "MRI" -> "MRI";
            case "CT" -> "CT scan";
            case "XRAY" -> "X-ray";
            case "CT_MYELOGRAM" -> "CT myelogram";
            default -> "scan";
        };
    }

    private static String regionWords(String region) {
        return switch (region) {
            case "WHOLE_SPINE" -> "whole-spine";
            default -> region.toLowerCase(Locale.ROOT);
        };
    }

    private static String age(int days) {
        if (days % 365 == 0) {
            return plural(days / 365 * 12, "month");
        }
        if (days % 30 == 0) {
            return plural(days / 30, "month");
        }
        if (days % 7 == 0) {
            return plural(days / 7, "week");
        }
        return plural(days, "day");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
