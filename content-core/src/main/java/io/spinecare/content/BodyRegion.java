package io.spinecare.content;

/** Regions of the spine a scan shows; a {@link #WHOLE_SPINE} scan covers every other region. */
public enum BodyRegion {
    CERVICAL("cervical"),
    THORACIC("thoracic"),
    LUMBAR("lumbar"),
    SACRAL("sacral"),
    WHOLE_SPINE("whole-spine");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    /** Plain-language adjective, e.g. "lumbar". */
    public String label() {
        return label;
    }

    /** Whether a scan of this region shows {@code required}: same region, or this is the whole spine. */
    public boolean covers(BodyRegion required) {
        return this == required || this == WHOLE_SPINE;
    }
}
