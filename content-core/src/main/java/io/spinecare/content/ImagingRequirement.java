package io.spinecare.content;

import java.util.List;

/**
 * A scan the clinic wants before a consultation. Windows such as {@code maxAgeDays} are clinic
 * policy defaults from {@code imaging-policy.yaml}; a clinic may replace them with its own file.
 */
public record ImagingRequirement(
        Modality modality,
        BodyRegion region,
        int maxAgeDays,
        boolean contrast,
        Necessity necessity,
        List<Modality> alternatives,
        String note) {

    public ImagingRequirement {
        alternatives = List.copyOf(alternatives);
    }

    /** Plain words for patients, e.g. "lumbar MRI, not older than 12 months". */
    public String describe() {
        String withContrast = contrast ? " with contrast" : "";
        return region.label() + " " + modality.label() + withContrast + ", not older than " + age();
    }

    private String age() {
        if (maxAgeDays % 365 == 0) {
            return plural(maxAgeDays / 365 * 12, "month");
        }
        if (maxAgeDays % 30 == 0) {
            return plural(maxAgeDays / 30, "month");
        }
        if (maxAgeDays % 7 == 0) {
            return plural(maxAgeDays / 7, "week");
        }
        return plural(maxAgeDays, "day");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
