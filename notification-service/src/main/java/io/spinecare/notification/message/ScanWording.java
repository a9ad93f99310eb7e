package io.spinecare.notification.message;

import io.spinecare.content.BodyRegion;
import io.spinecare.content.ImagingRequirement;
import io.spinecare.content.Modality;
import io.spinecare.content.Necessity;
import io.spinecare.notification.message.AppointmentSnapshot.ScanPrerequisite;
import java.util.List;

/**
 * Words a scan prerequisite exactly as the catalogue does ("lumbar MRI, not older than 12 months"):
 * content-core's {@link ImagingRequirement#describe()} owns the wording. A code this build does not know
 * (a newer booking-service) still yields a sensible sentence instead of a failed message.
 */
final class ScanWording {

    private ScanWording() {}

    static String describe(ScanPrerequisite scan) {
        Modality modality = parse(Modality.class, scan.modality());
        BodyRegion region = parse(BodyRegion.class, scan.region());
        if (modality == null || region == null) {
            return "spine scan requested by the clinic";
        }
        if (scan.maxAgeDays() == null || scan.maxAgeDays() <= 0) {
            return region.label() + " " + modality.label();
        }
        Necessity necessity = "RECOMMENDED".equals(scan.necessity()) ? Necessity.RECOMMENDED : Necessity.MANDATORY;
        return new ImagingRequirement(modality, region, scan.maxAgeDays(), false, necessity, List.of(), null)
                .describe();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
