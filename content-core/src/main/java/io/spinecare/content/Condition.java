package io.spinecare.content;

import java.util.List;

/** A spine condition the clinic treats, in plain language, with its codes and links. */
public record Condition(
        String id,
        String name,
        List<String> synonyms,
        List<String> icd10Codes,
        List<String> snomedCodes,
        String summary,
        List<String> symptoms,
        List<String> redFlagIds,
        List<String> procedureIds,
        String specialty) {

    public Condition {
        synonyms = List.copyOf(synonyms);
        icd10Codes = List.copyOf(icd10Codes);
        snomedCodes = List.copyOf(snomedCodes);
        symptoms = List.copyOf(symptoms);
        redFlagIds = List.copyOf(redFlagIds);
        procedureIds = List.copyOf(procedureIds);
    }
}
