package io.spinecare.content;

import java.util.List;

/** The five data files a catalogue is built from, bundled or supplied by the caller. */
record CatalogueSources(
        SourceFile conditions,
        SourceFile procedures,
        SourceFile redFlags,
        SourceFile consultationTypes,
        SourceFile imagingPolicy) {

    static final String CONDITIONS = "conditions.yaml";
    static final String PROCEDURES = "procedures.yaml";
    static final String RED_FLAGS = "red-flags.yaml";
    static final String CONSULTATION_TYPES = "consultation-types.yaml";
    static final String IMAGING_POLICY = "imaging-policy.yaml";

    /** In a fixed order, so the content hash does not depend on how the files were supplied. */
    List<SourceFile> all() {
        return List.of(conditions, procedures, redFlags, consultationTypes, imagingPolicy);
    }
}
