package io.spinecare.content;

import java.util.List;

/** Everything read from the data files, before cross-checks; file names are kept for messages. */
record CatalogueData(
        List<SourceFile> files,
        String conditionsFile,
        String icd10Release,
        List<Condition> conditions,
        String proceduresFile,
        List<Procedure> procedures,
        String redFlagsFile,
        List<RedFlag> redFlags,
        List<TriageAdvice> triageTiers,
        List<String> universalRedFlagIds,
        String consultationTypesFile,
        List<ConsultationTypeDetails> consultationTypes,
        ImagingPolicy policy) {}
