package io.spinecare.content;

/** Imaging modalities the clinic asks for; JSON values are these names. */
public enum Modality {
    MRI("MRI"),
    CT("CT scan"),
    XRAY("X-ray"),
    CT_MYELOGRAM("CT myelogram");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    /** Plain-language name, e.g. "X-ray". */
    public String label() {
        return label;
    }
}
