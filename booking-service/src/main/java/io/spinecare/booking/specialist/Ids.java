package io.spinecare.booking.specialist;

/** Ids chosen by people (specialists, catalogue entries) are lower-case slugs. */
public final class Ids {

    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String SLUG_MESSAGE = "must be a lower-case slug such as dr-rao";

    private Ids() {}

    public static String slugOf(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }
}
